"""Builds posts.jsonl: sample posts with the findings they should get.

Each line is a post in the CLI's JSON form plus
  expect: findings that must appear  {category, min_severity, covers?, target?}
          covers = a substring of text that a finding of that category must overlap
  forbid: {category, min_severity}: no finding of that category at or above that severity.
Run: python3 make_examples.py (writes posts.jsonl beside this file)
"""
import json

def post(id, text, channel="facebook", media=None, paid=False, paid_notified=False,
         role="organisation", expect=(), forbid=()):
    return {"id": id, "channel": channel, "text": text, "media": media or [], "paid": paid,
            "paid_notified": paid_notified, "role": role, "expect": list(expect), "forbid": list(forbid)}

def E(cat, sev, covers=None, target=None):
    d = {"category": cat, "min_severity": sev}
    if covers: d["covers"] = covers
    if target: d["target"] = target
    return d

def F(cat, sev):
    return {"category": cat, "min_severity": sev}

PD, CF, TN, MH, AC, PC, CL = ("personal_data", "confidential", "tone", "mentions_hashtags",
                              "accessibility", "paid_campaign", "channel_limits")
cases = [
    post("ex-pd-1", "Muistutus: henkilötunnus 131052-308T tulee ilmoittaa vain asiointipalvelussa, ei viesteissä.",
         expect=[E(PD, "error", "131052-308T")]),
    post("ex-pd-2", "Löysitkö avaimet? Soita Minnalle 040 555 1234.", expect=[E(PD, "warning", "040 555 1234")]),
    post("ex-pd-3", "Voittajaksi arvottiin Kalle Mäkelä – onnea!", expect=[E(PD, "info", "Kalle Mäkelä")]),
    post("ex-pd-4", "Ilmoittautumiset osoitteeseen liisa.k1980@outlook.com.",
         expect=[E(PD, "warning", "liisa.k1980@outlook.com")]),
    post("ex-pd-5", "Vi tackar Erik Johansson för ett gott samarbete.", expect=[E(PD, "info", "Erik Johansson")]),
    post("ex-pd-6", "Kirjasto on suljettu 6.12. ja avataan taas 7.12. klo 10.", forbid=[F(PD, "warning")]),
    post("ex-pd-7", "Lisätiedot: viestintäpäällikkö, viestinta@kokkola.fi", forbid=[F(PD, "error")]),
    post("ex-pd-8", "Asiakkaan masennusdiagnoosi on kirjattu väärin.", expect=[E(PD, "warning", "masennusdiagnoosi")]),
    post("ex-cf-1", "Salainen: valtuuston iltakoulun materiaali, ei jakoon.", expect=[E(CF, "error", "Salainen")]),
    post("ex-cf-2", "Luottamuksellisen aineiston mukaan hanke viivästyy.",
         expect=[E(CF, "error", "Luottamuksellisen")]),
    post("ex-cf-3", "Palvelinhuoneen hälytyskoodi vaihtuu maanantaina.", expect=[E(CF, "error", "hälytyskoodi")]),
    post("ex-cf-4", "Det här är sekretessbelagt material.", expect=[E(CF, "error", "sekretessbelagt")]),
    post("ex-cf-5", "Salaatti ja keitto tarjolla koulussa tänään.", forbid=[F(CF, "warning")]),
    post("ex-cf-6", "Luottamushenkilöiden koulutus pidetään valtuustosalissa.", forbid=[F(CF, "warning")]),
    post("ex-tn-1", "Nämä urpot eivät osaa pysäköidä.", expect=[E(TN, "error", "urpot")]),
    post("ex-tn-2", "HUOM HUOM!!! UIMAHALLI ON KIINNI!!!", expect=[E(TN, "warning")]),
    post("ex-tn-3", "Huhujen mukaan kirjasto muuttaa.", expect=[E(TN, "warning", "Huhujen")]),
    post("ex-tn-4", "Tervetuloa kirjaston satutuokioon torstaina klo 10!", forbid=[F(TN, "warning")]),
    post("ex-tn-5", "Vilka idioter som klottrar på skolan.", expect=[E(TN, "error", "idioter")]),
    post("ex-mh-1", "Kesäkonsertti puistossa! #Kesä-konsertti", expect=[E(MH, "warning", "#Kesä-konsertti")]),
    post("ex-mh-2", "Tervetuloa! #KokkolaKarleby #Kesäkatu", forbid=[F(MH, "warning")]),
    post("ex-mh-3", "Kiitos @kaupunginkirjastokokkola!", channel="x",
         expect=[E(MH, "warning", "@kaupunginkirjastokokkola")]),
    post("ex-mh-4", "Parhaat palat #123", expect=[E(MH, "warning", "#123")]),
    post("ex-ac-1", "Katso kuvat!", media=[{"kind": "image", "alt": None}, {"kind": "image", "alt": "Torin joulukuusi valaistuna."}],
         expect=[E(AC, "warning", target="media:0")]),
    post("ex-ac-2", "Katso kuvat!", media=[{"kind": "image", "alt": "Torin joulukuusi valaistuna illalla."}],
         forbid=[F(AC, "warning")]),
    post("ex-ac-3", "Uusi video!", media=[{"kind": "video", "captions": False}], expect=[E(AC, "warning", target="media:0")]),
    post("ex-ac-4", "Joulun aukioloajat #kirjastonaukioloajatjoulu", expect=[E(AC, "info", "#kirjastonaukioloajatjoulu")]),
    post("ex-pc-1", "Hae kesätöihin kaupungille!", paid=True, paid_notified=False, expect=[E(PC, "error")]),
    post("ex-pc-2", "Hae kesätöihin kaupungille!", paid=True, paid_notified=True, forbid=[F(PC, "warning")]),
    post("ex-pc-3", "Kaupallinen yhteistyö: kesäteatteri", expect=[E(PC, "warning", "Kaupallinen yhteistyö")]),
    post("ex-cl-1", "a" * 281, channel="x", expect=[E(CL, "error")]),
    post("ex-cl-2", "Lue lisää: https://www.kokkola.fi/" + "x" * 200, channel="x", forbid=[F(CL, "error")]),
    post("ex-cl-3", "ö" * 280, channel="x", forbid=[F(CL, "error")]),
    post("ex-cl-4", "€" * 141, channel="x", expect=[E(CL, "error")]),
    post("ex-cl-5", "b" * 2201, channel="instagram", expect=[E(CL, "error")]),
    post("ex-cl-6", "👍🏽" * 300, channel="bluesky", forbid=[F(CL, "error")]),
    post("ex-cl-7", "👍🏽" * 301, channel="bluesky", expect=[E(CL, "error")]),
]
for c in cases:
    for e in c["expect"]:
        assert "covers" not in e or e["covers"] in c["text"], c["id"]
with open(__import__("pathlib").Path(__file__).with_name("posts.jsonl"), "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "examples")
