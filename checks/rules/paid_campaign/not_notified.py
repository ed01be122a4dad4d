"""paid_campaign.not_notified — a paid post whose notification is not recorded.

Guideline (Kokkola): "Maksullisen markkinoinnin päätökset tekee yksikön johtaja.
Maksullisesta markkinointikampanjasta tulee ilmoittaa mavi-tiimiin."
Anti-pattern: boosting a post without the decision and the notification on record.
Best practice: record who decided and when the team named by the pack was told.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class NotNotified(Rule):
    id = "paid_campaign.not_notified"
    category = "paid_campaign"
    severity = Severity.ERROR
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        if not ctx.post.paid or ctx.post.paid_notified:
            return
        contact = ctx.pack.value("paid_campaign.notify_contact")
        args = {"decides": ctx.pack.text("paid_campaign.decides", ctx.lang),
                "notify": ctx.pack.text("paid_campaign.notify", ctx.lang)}
        key = "paid_campaign.not_notified.plain"
        if contact:
            key = "paid_campaign.not_notified.contact"
            args["contact"] = contact
        yield Hit(key, target="post", args=args)


RULE = NotNotified()
