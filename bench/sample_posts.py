"""Realistic municipal posts for the benchmarks (Finnish first, some Swedish), and real
prose nobody on the project wrote (the UD treebank posts, tests/data/real_text)."""
from __future__ import annotations

import json
from pathlib import Path

REAL_TEXT = Path(__file__).resolve().parents[1] / "tests" / "data" / "real_text" / "ud-dev-posts.jsonl"

PARAGRAPHS_FI = [
    "Kokkolan kaupunginkirjaston kesäaukioloajat alkavat maanantaina 2.6. Pääkirjasto on avoinna "
    "maanantaista torstaihin klo 10–19, perjantaisin klo 10–17 ja lauantaisin klo 10–15.",
    "Lasten kesälukuhaaste starttaa samana päivänä: lue kesän aikana viisi kirjaa, merkitse ne "
    "lukupassiin ja palauta passi kirjastoon elokuun loppuun mennessä. Kaikki osallistujat saavat "
    "pienen palkinnon, ja lisäksi arvomme kirjapalkintoja.",
    "Nuorisopalvelut järjestää kesäkuussa maksuttomia leirejä 10–15-vuotiaille. Ilmoittautuminen "
    "alkaa 15.5. klo 9 sähköisessä asiointipalvelussa. Leirien hinta on 0 euroa, mutta paikkoja on "
    "rajoitetusti, joten toimithan nopeasti.",
    "Uimahallin syyshuolto kestää 2.–13.9. Silloin allasosasto on suljettu, mutta kuntosali ja "
    "ryhmäliikuntatunnit toimivat normaalisti. Pahoittelemme huollosta aiheutuvaa haittaa.",
    "Kaupunginvaltuusto käsittelee ensi maanantaina talousarvion toteutumista, kouluverkkoselvitystä ja "
    "keskustan kaavamuutosta. Kokousta voi seurata suorana verkossa, ja tallenne julkaistaan jälkikäteen.",
    "Lisätietoja antaa kirjastotoimenjohtaja, puh. 06 828 9111, kirjasto@kokkola.fi. Kiitos Sanna "
    "Niemiselle ja koko kirjaston väelle hienosta kevätkaudesta! #KokkolaKarleby #LaajempiHorisontti",
]

PARAGRAPHS_SV = [
    "Stadsbibliotekets sommaröppettider börjar måndagen den 2 juni. Huvudbiblioteket är öppet "
    "måndag–torsdag kl. 10–19, fredag kl. 10–17 och lördag kl. 10–15.",
    "Barnens sommarläsutmaning börjar samma dag: läs fem böcker under sommaren och lämna in läspasset "
    "senast i slutet av augusti. Välkommen!",
]


def finnish_post(chars: int = 2000) -> str:
    """A Finnish post of about `chars` characters, in paragraphs."""
    out: list[str] = []
    i = 0
    while len("\n\n".join(out)) < chars:
        out.append(PARAGRAPHS_FI[i % len(PARAGRAPHS_FI)])
        i += 1
    return "\n\n".join(out)[:chars]


def batch_posts(count: int) -> list[dict]:
    """`count` different posts for --batch: paragraphs combined, channels varied."""
    channels = ["facebook", "instagram", "x", "linkedin", "bluesky", "mastodon", "threads"]
    paragraphs = PARAGRAPHS_FI + PARAGRAPHS_SV
    posts = []
    for n in range(count):
        a, b = paragraphs[n % len(paragraphs)], paragraphs[(n * 7 + 3) % len(paragraphs)]
        posts.append({"id": f"p{n}", "channel": channels[n % len(channels)],
                      "text": f"Tiedote {n}. {a}\n\n{b}"})
    return posts


def real_posts(lang: str | None = None) -> list[dict]:
    """The real-text posts (every one different), optionally of one language (id prefix)."""
    posts = [json.loads(line) for line in REAL_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [p for p in posts if lang is None or p["id"].startswith(f"{lang}-")]


def real_finnish_post(chars: int = 2000) -> str:
    """About `chars` characters of distinct real Finnish sentences, in paragraphs (no
    paragraph repeats, so no cache can answer for the checker)."""
    out: list[str] = []
    for post in real_posts("fi"):
        if len("\n\n".join(out)) >= chars:
            break
        out.append(post["text"])
    return "\n\n".join(out)[:chars]
