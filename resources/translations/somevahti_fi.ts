<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Mark the draft ready for a reviewer (Ctrl+Shift+R); errors must be fixed or ignored with a reason first</source>
        <translation>Merkitse luonnos valmiiksi tarkastajalle (Ctrl+Shift+R); virheet on ensin korjattava tai ohitettava perustellen</translation>
    </message>
    <message>
        <source>Save the draft as one file to send to a reviewer who works offline (Ctrl+Shift+S)</source>
        <translation>Tallenna luonnos yhdeksi tiedostoksi, jonka voi lähettää verkotta työskentelevälle tarkastajalle (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Approve exactly this content with your name and signature (Ctrl+Shift+A)</source>
        <translation>Hyväksy juuri tämä sisältö nimelläsi ja allekirjoituksellasi (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Send the draft back to its author with a note on what to change</source>
        <translation>Palauta luonnos kirjoittajalle ja kerro, mitä pitää muuttaa</translation>
    </message>
    <message>
        <source>Take the draft back to editing; approvals no longer hold after a change</source>
        <translation>Palauta luonnos muokattavaksi; hyväksynnät eivät päde muutoksen jälkeen</translation>
    </message>
    <message>
        <source>Put the draft away; it can be reopened</source>
        <translation>Siirrä luonnos arkistoon; sen voi avata uudelleen</translation>
    </message>
    <message>
        <source>Earlier versions of the draft and its review steps (Ctrl+H)</source>
        <translation>Luonnoksen aiemmat versiot ja tarkastusvaiheet (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve “%1”</source>
        <translation>Hyväksy ”%1”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Henkilöt ja luvat</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Tarkastaja</translation>
    </message>
    <message>
        <source>You approve the exact text, images, alt texts, captions, role and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</source>
        <translation>Hyväksyt täsmälleen tämän tekstin, kuvat, vaihtoehtoiset tekstit, tekstitykset, roolin ja maksetun kampanjan tiedot: %1 sekä sen, keitä kuvissa on ja kuka on antanut luvan. Jokainen myöhempi muutos mitätöi hyväksynnän.</translation>
    </message>
    <message>
        <source>You approve as %1 (the name in Settings).</source>
        <translation>Hyväksyt nimellä %1 (nimi asetuksista).</translation>
    </message>
    <message>
        <source>Overridden errors</source>
        <translation>Ohitetut virheet</translation>
    </message>
    <message>
        <source>Errors overridden by the author, with their reasons:</source>
        <translation>Laatijan ohittamat virheet perusteluineen:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Huomautus (valinnainen)</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <source>Preview channel</source>
        <translation>Esikatselun kanava</translation>
    </message>
    <message>
        <source>The channel whose look the preview shows; it follows the channel tab you edit</source>
        <translation>Kanava, jonka näkymää esikatselu näyttää; se seuraa muokattavaa kanavavälilehteä</translation>
    </message>
    <message>
        <source>Show whole text</source>
        <translation>Näytä koko teksti</translation>
    </message>
    <message>
        <source>Show the whole text in the preview</source>
        <translation>Näytä koko teksti esikatselussa</translation>
    </message>
    <message>
        <source>Show the text past the channel&apos;s “See more” point too</source>
        <translation>Näytä myös teksti, joka jää kanavan ”Näytä lisää” -kohdan jälkeen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopioi teksti</translation>
    </message>
    <message>
        <source>Copy this channel&apos;s text</source>
        <translation>Kopioi tämän kanavan teksti</translation>
    </message>
    <message>
        <source>Copy the text as this channel gets it, ready to paste</source>
        <translation>Kopioi teksti sellaisena kuin tämä kanava sen saa, valmiina liitettäväksi</translation>
    </message>
    <message>
        <source>Channel preview</source>
        <translation>Kanavan esikatselu</translation>
    </message>
    <message>
        <source>The post as the chosen channel shows it</source>
        <translation>Julkaisu sellaisena kuin valittu kanava sen näyttää</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Channel variants</source>
        <translation>Kanavakohtaiset tekstit</translation>
    </message>
    <message>
        <source>The master text and one tab per channel (Ctrl+PgDown, Ctrl+PgUp). “● 2” on a tab: two errors in that channel&apos;s text.</source>
        <translation>Pääteksti ja välilehti kullekin kanavalle (Ctrl+PgDown, Ctrl+PgUp). ”● 2” välilehdellä: kanavan tekstissä on kaksi virhettä.</translation>
    </message>
    <message>
        <source>Channels of this post</source>
        <translation>Julkaisun kanavat</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanavat…</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Valitse kanavat</translation>
    </message>
    <message>
        <source>Tick every channel this post goes to; the menu stays open until you press Esc or click elsewhere</source>
        <translation>Rastita kaikki kanavat, joihin julkaisu menee; valikko pysyy auki, kunnes painat Esc tai napsautat muualle</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Seuraa taas päätekstiä</translation>
    </message>
    <message>
        <source>Reset variant to the master text</source>
        <translation>Palauta kanavan teksti päätekstiksi</translation>
    </message>
    <message>
        <source>Replace this channel&apos;s own text with the master text</source>
        <translation>Korvaa tämän kanavan oma teksti päätekstillä</translation>
    </message>
    <message>
        <source>Master text</source>
        <translation>Pääteksti</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (muokattu)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“● %n” on the tab: %n error(s) in this channel&apos;s text.</source>
        <translation>
            <numerusform>”● %n” välilehdellä: kanavan tekstissä on %n virhe.</numerusform>
            <numerusform>”● %n” välilehdellä: kanavan tekstissä on %n virhettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The master text: every channel that is not edited follows it.</source>
        <translation>Pääteksti: jokainen kanava, jonka tekstiä ei ole muokattu, seuraa sitä.</translation>
    </message>
    <message>
        <source>Follows the master text. Typing here makes a separate version for this channel.</source>
        <translation>Seuraa päätekstiä. Jos kirjoitat tähän, kanavalle tulee oma versio.</translation>
    </message>
    <message>
        <source>Edited for this channel: changes to the master text no longer reach it.</source>
        <translation>Muokattu tälle kanavalle: päätekstin muutokset eivät enää päivity tähän.</translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>The checks stopped with an error; they run again after the next edit. (%1)</source>
        <translation>Tarkistukset keskeytyivät virheeseen; ne tehdään uudelleen seuraavan muutoksen jälkeen. (%1)</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Before publishing — check yourself</source>
        <translation>Ennen julkaisua – tarkista itse</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Muistilista</translation>
    </message>
    <message>
        <source>Things no check can see for you. Tick each one with Space once you have seen to it.</source>
        <translation>Asiat, joita mikään tarkistus ei näe puolestasi. Rastita kukin välilyönnillä, kun olet hoitanut sen.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft, oldest first</source>
        <translation>Tiimin kommentit tähän luonnokseen, vanhin ensin</translation>
    </message>
    <message>
        <source>No comments yet. Comments are for the team: they go with review packages and are never exported.</source>
        <translation>Ei vielä kommentteja. Kommentit on tarkoitettu tiimille: ne kulkevat tarkastuspakettien mukana, mutta niitä ei koskaan viedä julkaistavaksi.</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>Kirjoita kommentti tiimille</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Uusi kommentti</translation>
    </message>
    <message>
        <source>A comment for the team; it goes with review packages and is never exported</source>
        <translation>Kommentti tiimille; se kulkee tarkastuspakettien mukana eikä koskaan päädy vientiin</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Lisää kommentti</translation>
    </message>
    <message>
        <source>Add the comment to the draft with your name</source>
        <translation>Lisää kommentti luonnokseen nimelläsi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>%1 asked for changes</source>
        <translation>%1 pyysi muutoksia</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 hyväksyi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>the other side</source>
        <translation>toinen osapuoli</translation>
    </message>
    <message>
        <source>Both of you edited “%1”</source>
        <translation>Molemmat ovat muokanneet luonnosta ”%1”</translation>
    </message>
    <message>
        <source>%1 edited this draft, and so did you, since it was sent. Choose which content to keep; comments, approvals and the review state are merged either way.</source>
        <translation>%1 on muokannut tätä luonnosta sen lähettämisen jälkeen, ja niin olet sinäkin. Valitse, kumpi sisältö säilytetään; kommentit, hyväksynnät ja tarkastuksen tila yhdistetään joka tapauksessa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Heidän versionsa&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinun versiosi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(channel not chosen)</source>
        <translation>(kanavaa ei ole valittu)</translation>
    </message>
    <message>
        <source>%1 text, %2</source>
        <translation>%1-teksti, %2</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>heidän versionsa</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sinun versiosi</translation>
    </message>
    <message>
        <source>Also different: %1</source>
        <translation>Eroavat myös: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Säilytä omani</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ota heidän versionsa</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>kanavat</translation>
    </message>
    <message>
        <source>images and videos</source>
        <translation>kuvat ja videot</translation>
    </message>
    <message>
        <source>paid-campaign record</source>
        <translation>maksetun kampanjan tiedot</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>guideline pack</source>
        <translation>ohjepaketti</translation>
    </message>
    <message>
        <source>consents of people named in the text</source>
        <translation>tekstissä nimettyjen henkilöiden luvat</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa lupa</translation>
    </message>
    <message>
        <source>Who agreed to “%1” being named in this post, how and when. The record is kept with the draft and shown to the reviewer; it never appears in the post.</source>
        <translation>Kuka antoi luvan nimetä ”%1” tässä julkaisussa, miten ja milloin. Tieto säilyy luonnoksen mukana ja näkyy tarkastajalle; se ei koskaan näy julkaisussa.</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Henkilön nimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>No consent recorded</source>
        <translation>Lupaa ei ole kirjattu</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Henkilö itse</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>Huoltaja</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Allekirjoitettu lomake</translation>
    </message>
    <message>
        <source>School photo-permission register</source>
        <translation>Koulun kuvausluparekisteri</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Suullisesti</translation>
    </message>
    <message>
        <source>Form number (optional)</source>
        <translation>Lomakkeen numero (valinnainen)</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Luvan antaja</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Miten lupa annettiin</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Luvan päivämäärä</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Luvan viite</translation>
    </message>
    <message>
        <source>Who gave the consent: the person, or a guardian for a child</source>
        <translation>Kuka antoi luvan: henkilö itse tai lapsen huoltaja</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Miten lupa annettiin</translation>
    </message>
    <message>
        <source>The day the consent was given</source>
        <translation>Päivä, jona lupa annettiin</translation>
    </message>
    <message>
        <source>Where the consent can be found, e.g. a form number</source>
        <translation>Mistä lupa löytyy, esimerkiksi lomakkeen numero</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
</context>
<context>
    <name>CounterStrip</name>
    <message>
        <source>characters</source>
        <translation>merkkiä</translation>
    </message>
    <message>
        <source>weighted characters (links 23, emoji 2)</source>
        <translation>painotettua merkkiä (linkki 23, emoji 2)</translation>
    </message>
    <message>
        <source>characters as people see them</source>
        <translation>merkkiä sellaisina kuin ne näkyvät</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>tavua</translation>
    </message>
    <message>
        <source>characters (emoji count as bytes)</source>
        <translation>merkkiä (emojit lasketaan tavuina)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 / %3 %4</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Your drafts with their review state. Ctrl+N starts a new one, F2 renames, Ctrl+Del deletes.</source>
        <translation>Luonnoksesi ja niiden tarkastustila. Ctrl+N aloittaa uuden, F2 nimeää uudelleen, Ctrl+Del poistaa.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Nimetön luonnos</translation>
    </message>
    <message>
        <source>%1. Approval: %2.</source>
        <translation>%1. Hyväksyntä: %2.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title (only you and reviewers see it)</source>
        <translation>Otsikko (näkyy vain sinulle ja tarkastajille)</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Luonnoksen otsikko</translation>
    </message>
    <message>
        <source>A name for the draft in your drafts list; suggested from the text&apos;s first words until you write your own</source>
        <translation>Luonnoksen nimi luonnosluettelossa; ehdotetaan tekstin ensimmäisistä sanoista, kunnes kirjoitat oman</translation>
    </message>
    <message>
        <source>Write the post here. Checks run as you type; what they find is listed on the right and underlined in the text.

Choose the channels with “Channels…” above the text. Add images in the tab below. When the text is ready, send it for review.</source>
        <translation>Kirjoita julkaisu tähän. Tarkistukset toimivat kirjoittaessasi; havainnot näkyvät oikealla ja alleviivattuina tekstissä.

Valitse kanavat tekstin yläpuolelta kohdasta ”Kanavat…”. Lisää kuvat alla olevalle välilehdelle. Kun teksti on valmis, lähetä se tarkastettavaksi.</translation>
    </message>
    <message>
        <source>No draft open. Press Ctrl+N to start a new one.</source>
        <translation>Yhtään luonnosta ei ole auki. Aloita uusi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>Images and paid visibility</source>
        <translation>Kuvat ja maksettu näkyvyys</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos with their alt texts and captions</source>
        <translation>Julkaisun kuvat ja videot vaihtoehtoisine teksteineen ja tekstityksineen</translation>
    </message>
    <message>
        <source>Whether the post is paid or boosted, and who decided and was told</source>
        <translation>Onko julkaisu maksettu tai tehostettu, kuka päätti ja kenelle ilmoitettiin</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Kuvat ja videot</translation>
    </message>
    <message>
        <source>Paid visibility: on</source>
        <translation>Maksettu näkyvyys: kyllä</translation>
    </message>
    <message>
        <source>Paid visibility</source>
        <translation>Maksettu näkyvyys</translation>
    </message>
    <message>
        <source>%1 shows about %2 characters before “See more”; the rest is hidden at first.</source>
        <translation>%1 näyttää noin %2 merkkiä ennen ”Näytä lisää” -linkkiä; loput ovat aluksi piilossa.</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Seuraa taas perustekstiä</translation>
    </message>
    <message>
        <source>%1 has its own text. Following the master text again replaces it with the master text. The %1 text is kept in History, where you can restore it.</source>
        <translation>Kanavalla %1 on oma tekstinsä. Kun se seuraa taas perustekstiä, oma teksti korvautuu perustekstillä. Kanavan %1 teksti säilyy historiassa, josta sen voi palauttaa.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy the master text</source>
        <translation>&amp;Kopioi pääteksti</translation>
    </message>
    <message>
        <source>&amp;Copy %1 text</source>
        <translation>&amp;Kopioi %1-teksti</translation>
    </message>
    <message>
        <source>Master text copied – %1 characters.</source>
        <translation>Pääteksti kopioitiin – merkkejä %1.</translation>
    </message>
    <message>
        <source>%1 text copied – %2 characters.</source>
        <translation>%1-teksti kopioitiin – merkkejä %2.</translation>
    </message>
    <message>
        <source>Copied the texts for %1 and the alt texts.</source>
        <translation>Tekstit (%1) ja vaihtoehtoiset tekstit kopioitiin.</translation>
    </message>
    <message>
        <source>Copied the texts for %1.</source>
        <translation>Tekstit kopioitiin (%1).</translation>
    </message>
    <message>
        <source>Not approved yet: paste it only into a draft post.</source>
        <translation>Ei vielä hyväksytty: liitä teksti vain julkaisuluonnokseen.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Nimetön luonnos</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the approved version.</source>
        <translation>Viedäänkö se silti? Silloin jokaiseen tiedostoon merkitään LUONNOS / UTKAST / DRAFT, jotta kukaan ei luule sitä hyväksytyksi versioksi.</translation>
    </message>
    <message>
        <source>Export a draft</source>
        <translation>Vie luonnos</translation>
    </message>
    <message>
        <source>Export to which folder? A new folder is made in it.</source>
        <translation>Mihin kansioon viedään? Sen sisään tehdään uusi kansio.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>”%1” vietiin kansioon %2.</translation>
    </message>
    <message>
        <source>Exported “%1” as a draft to %2. Every file is marked LUONNOS / UTKAST / DRAFT.</source>
        <translation>”%1” vietiin luonnoksena kansioon %2. Jokainen tiedosto on merkitty LUONNOS / UTKAST / DRAFT.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>What the checks found, grouped by topic, most serious first. Enter or a click shows the place in the text; F8 and Shift+F8 step through the findings.</source>
        <translation>Tarkistusten havainnot aiheittain, vakavimmat ensin. Enter tai napsautus näyttää kohdan tekstissä; F8 ja Shift+F8 siirtyvät havainnosta toiseen.</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Korjaa</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Korjaa ehdotuksen mukaan</translation>
    </message>
    <message>
        <source>Replace the marked text with the suggestion (Ctrl+.); Ctrl+Z undoes it</source>
        <translation>Korvaa merkitty teksti ehdotuksella (Ctrl+.); Ctrl+Z peruu</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>O&amp;hita…</translation>
    </message>
    <message>
        <source>Ignore this finding, with a reason</source>
        <translation>Ohita tämä havainto ja kerro syy</translation>
    </message>
    <message>
        <source>Hide this finding for this draft; the reason you give is shown to reviewers (Ctrl+Shift+I)</source>
        <translation>Piilota havainto tästä luonnoksesta; antamasi perustelu näytetään tarkastajille (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Kirjaa l&amp;upa…</translation>
    </message>
    <message>
        <source>Record the named person&apos;s consent</source>
        <translation>Kirjaa nimetyn henkilön lupa</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Show this ignored finding again</source>
        <translation>Näytä ohitettu havainto taas</translation>
    </message>
    <message>
        <source>Put the selected ignored finding back among the findings</source>
        <translation>Palauta valittu ohitettu havainto havaintojen joukkoon</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>Ohitetut (%1)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Syy: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Sääntö: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Teksti: ”%1”</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”</source>
        <translation>Korjaus: korvaa tekstillä ”%1”</translation>
    </message>
    <message>
        <source>Fix: remove it from the text</source>
        <translation>Korjaus: poista se tekstistä</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ei havaintoja.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message>
        <source>In the text: a wavy red underline marks an error, a solid brown one a warning, a dashed blue one a note. A dashed line across the editor marks where the channel folds the post (“See more”).</source>
        <translation>Tekstissä: aaltoileva punainen alleviivaus merkitsee virhettä, yhtenäinen ruskea varoitusta ja katkoviivainen sininen huomiota. Katkoviiva tekstikentän poikki näyttää, mihin kanava katkaisee julkaisun (”Näytä lisää”).</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n huomio</numerusform>
            <numerusform>%n huomiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) overridden with a reason</source>
        <translation>
            <numerusform>%n virhe ohitettu perustellen</numerusform>
            <numerusform>%n virhettä ohitettu perustellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking the latest changes…</source>
        <translation>%1 — tarkistetaan viimeisimpiä muutoksia…</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kansiota %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>No file manager could open %1. The path can be copied from the field.</source>
        <translation>Mikään tiedostonhallinta ei pystynyt avaamaan kansiota %1. Polun voi kopioida kentästä.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Luonnoksen ”%1” historia</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <source>Text of the chosen revision</source>
        <translation>Valitun version teksti</translation>
    </message>
    <message>
        <source>No earlier revisions yet. Somevahti keeps one every five minutes of editing, when the review state changes and before a restore.</source>
        <translation>Aiempia versioita ei vielä ole. Somevahti tallentaa version viiden minuutin välein muokattaessa, kun tarkastuksen tila muuttuu ja ennen palautusta.</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Palauta tämä versio</translation>
    </message>
    <message>
        <source>created</source>
        <translation>luotu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
    <message>
        <source>before a pause</source>
        <translation>ennen taukoa</translation>
    </message>
    <message>
        <source>review state changed</source>
        <translation>tarkastuksen tila muuttui</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>ennen tuontia</translation>
    </message>
    <message>
        <source>before merging a change saved elsewhere</source>
        <translation>ennen muualla tallennetun muutoksen yhdistämistä</translation>
    </message>
    <message>
        <source>before a channel followed the master text again</source>
        <translation>ennen kuin kanava alkoi taas seurata perustekstiä</translation>
    </message>
    <message>
        <source>before a language version was removed</source>
        <translation>ennen kieliversion poistamista</translation>
    </message>
</context>
<context>
    <name>IncomingRecordsDialog</name>
    <message>
        <source>Team records in the package</source>
        <translation>Paketin tiimitiedot</translation>
    </message>
    <message>
        <source>The package from %1 adds these records to the draft. Add them only if you expect them.</source>
        <translation>Lähettäjän %1 paketti lisää luonnokseen nämä tiedot. Lisää ne vain, jos odotit niitä.</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>toinen osapuoli</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>Lisättävät tiedot</translation>
    </message>
    <message>
        <source>Records refused</source>
        <translation>Hylätyt tiedot</translation>
    </message>
    <message>
        <source>Refused (never added):</source>
        <translation>Hylätty (ei lisätä koskaan):</translation>
    </message>
    <message>
        <source>Add these records</source>
        <translation>Lisää nämä tiedot</translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>Tuo ilman niitä</translation>
    </message>
    <message>
        <source>Comment by %1, %2: %3</source>
        <translation>Kommentti: %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 moved the draft to “%2”, %3</source>
        <translation>%1 siirsi luonnoksen tilaan ”%2”, %3</translation>
    </message>
    <message>
        <source>Approval of %1 by %2, %3</source>
        <translation>Kanavan %1 hyväksyntä: %2, %3</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>päivätty tulevaisuuteen</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>ei kelvollista päiväystä</translation>
    </message>
    <message>
        <source>the approval record does not hold (altered, stripped of its signature or copied from another draft)</source>
        <translation>hyväksyntätieto ei pidä (muutettu, allekirjoitus poistettu tai kopioitu toisesta luonnoksesta)</translation>
    </message>
    <message>
        <source>approved by the draft&apos;s own author</source>
        <translation>luonnoksen oman laatijan hyväksymä</translation>
    </message>
    <message>
        <source>an unsigned approval cannot replace a signed one</source>
        <translation>allekirjoittamaton hyväksyntä ei voi korvata allekirjoitettua</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>&amp;Language versions</source>
        <translation>Kieli&amp;versiot</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Luonnos</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Tarkistukset</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Julkaisu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vienti</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>T&amp;arkastus</translation>
    </message>
    <message>
        <source>Loading the language model… structural checks are already on.</source>
        <translation>Kielimallia ladataan… rakennetarkistukset ovat jo käytössä.</translation>
    </message>
    <message>
        <source>Language model loading</source>
        <translation>Kielimalli latautuu</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Nimetön luonnos</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Uusi luonnos</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Luonnos ”%1” poistettiin.</translation>
    </message>
    <message>
        <source>Language checks (names, terms, tone) start when the language model has loaded.</source>
        <translation>Kielitarkistukset (nimet, termit, sävy) alkavat, kun kielimalli on latautunut.</translation>
    </message>
    <message>
        <source>Waiting for the checks to finish…</source>
        <translation>Odotetaan, että tarkistukset valmistuvat…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <source>The checks have not finished yet (the language model may still be loading). Try again in a moment.</source>
        <translation>Tarkistukset eivät ole vielä valmiita (kielimalli voi olla vielä latautumassa). Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Language model loaded: all checks are on.</source>
        <translation>Kielimalli latautui: kaikki tarkistukset ovat käytössä.</translation>
    </message>
    <message>
        <source>Ignore finding</source>
        <translation>Ohita havainto</translation>
    </message>
    <message>
        <source>Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers.</source>
        <translation>Miksi tämä havainto ei ole tässä ongelma? Syy tallennetaan luonnoksen yhteyteen ja näytetään tarkastajille.</translation>
    </message>
    <message>
        <source>Stored drafts</source>
        <translation>Tallennetut luonnokset</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Uusi luonnos</translation>
    </message>
    <message>
        <source>D&amp;uplicate draft</source>
        <translation>&amp;Monista luonnos</translation>
    </message>
    <message>
        <source>&amp;Rename draft</source>
        <translation>&amp;Nimeä luonnos uudelleen</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Poista luonnos</translation>
    </message>
    <message>
        <source>Res&amp;tore deleted draft</source>
        <translation>Palauta p&amp;oistettu luonnos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Seuraava havainto</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Edellinen havainto</translation>
    </message>
    <message>
        <source>Apply &amp;fix</source>
        <translation>&amp;Korjaa ehdotuksen mukaan</translation>
    </message>
    <message>
        <source>&amp;Ignore finding…</source>
        <translation>&amp;Ohita havainto…</translation>
    </message>
    <message>
        <source>&amp;Go to findings</source>
        <translation>Siirry &amp;havaintoihin</translation>
    </message>
    <message>
        <source>Add &amp;image or video…</source>
        <translation>Lisää &amp;kuva tai video…</translation>
    </message>
    <message>
        <source>Next c&amp;hannel</source>
        <translation>&amp;Seuraava kanava</translation>
    </message>
    <message>
        <source>Previous ch&amp;annel</source>
        <translation>&amp;Edellinen kanava</translation>
    </message>
    <message>
        <source>&amp;Send for review</source>
        <translation>&amp;Lähetä tarkastukseen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Hyväksy…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Pyydä muutoksia…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Avaa uudelleen</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>A&amp;rkistoi</translation>
    </message>
    <message>
        <source>Save review &amp;package…</source>
        <translation>Tall&amp;enna tarkastuspaketti…</translation>
    </message>
    <message>
        <source>&amp;Import review package…</source>
        <translation>&amp;Tuo tarkastuspaketti…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Write a co&amp;mment</source>
        <translation>&amp;Kirjoita kommentti</translation>
    </message>
    <message>
        <source>&amp;Copy channel text</source>
        <translation>&amp;Kopioi kanavan teksti</translation>
    </message>
    <message>
        <source>Copy &amp;all texts and alt texts</source>
        <translation>Kopioi k&amp;aikki tekstit ja vaihtoehtoiset tekstit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Export my public &amp;key…</source>
        <translation>Vie &amp;julkinen avaimeni…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
</context>
<context>
    <name>MediaCard</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Kuvaile kuva niille, jotka eivät näe sitä</translation>
    </message>
    <message>
        <source>Has captions (subtitles)</source>
        <translation>Videossa on tekstitys</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Kuva {number}</translation>
    </message>
    <message>
        <source>Remove image {number}</source>
        <translation>Poista kuva {number}</translation>
    </message>
    <message>
        <source>Thumbnail of image {number}</source>
        <translation>Kuvan {number} pienoiskuva</translation>
    </message>
    <message>
        <source>Alt text for image {number}</source>
        <translation>Kuvan {number} vaihtoehtoinen teksti</translation>
    </message>
    <message>
        <source>Read aloud to people who cannot see image {number}; the counters below show each channel&apos;s limit</source>
        <translation>Luetaan ääneen niille, jotka eivät näe kuvaa {number}; alla olevat laskurit näyttävät kunkin kanavan rajan</translation>
    </message>
    <message>
        <source>Video {number}</source>
        <translation>Video {number}</translation>
    </message>
    <message>
        <source>Remove video {number}</source>
        <translation>Poista video {number}</translation>
    </message>
    <message>
        <source>Video {number} has captions (subtitles)</source>
        <translation>Videossa {number} on tekstitys</translation>
    </message>
    <message>
        <source>Tick when video {number} has captions burnt in or as a file</source>
        <translation>Rastita, kun videossa {number} on tekstitys kuvaan poltettuna tai tiedostona</translation>
    </message>
    <message>
        <source>{channel} {count} / {limit}</source>
        <translation>{channel} {count} / {limit}</translation>
    </message>
    <message>
        <source>{channel}: alt text {count} of {limit} characters</source>
        <translation>{channel}: vaihtoehtoinen teksti {count} / {limit} merkkiä</translation>
    </message>
    <message>
        <source>{over} characters over the limit</source>
        <translation>Raja ylittyy {over} merkillä</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Images and videos</source>
        <translation>Kuvat ja videot</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos. Paste an image here with Ctrl+V or drop files here; each image has its alt text.</source>
        <translation>Julkaisun kuvat ja videot. Liitä kuva tähän Ctrl+V:llä tai pudota tiedostoja tähän; jokaisella kuvalla on vaihtoehtoinen tekstinsä.</translation>
    </message>
    <message>
        <source>Add image or video…</source>
        <translation>Lisää kuva tai video…</translation>
    </message>
    <message>
        <source>Add image or video</source>
        <translation>Lisää kuva tai video</translation>
    </message>
    <message>
        <source>You can also drop files here or paste an image with Ctrl+V</source>
        <translation>Voit myös pudottaa tiedostoja tähän tai liittää kuvan näppäimillä Ctrl+V</translation>
    </message>
    <message>
        <source>No images or videos yet. Add them with the button, drop files here or paste with Ctrl+V.</source>
        <translation>Ei vielä kuvia eikä videoita. Lisää ne painikkeella, pudota tiedostot tähän tai liitä näppäimillä Ctrl+V.</translation>
    </message>
    <message>
        <source>A post can have at most {limit} images and videos; “{name}” was not added.</source>
        <translation>Julkaisussa voi olla enintään {limit} kuvaa ja videota; tiedostoa ”{name}” ei lisätty.</translation>
    </message>
    <message>
        <source>“{name}” was not found.</source>
        <translation>Tiedostoa ”{name}” ei löytynyt.</translation>
    </message>
    <message>
        <source>“{name}” is not an image or a video.</source>
        <translation>”{name}” ei ole kuva eikä video.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an image.</source>
        <translation>Tiedostoa ”{name}” ei voitu lukea kuvana.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videot</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Kaikki tiedostot</translation>
    </message>
    <message>
        <source>Add images or videos</source>
        <translation>Lisää kuvia tai videoita</translation>
    </message>
    <message>
        <source>The clipboard has no image or file to add.</source>
        <translation>Leikepöydällä ei ole lisättävää kuvaa tai tiedostoa.</translation>
    </message>
    <message>
        <source>Nothing to add in what was dropped.</source>
        <translation>Pudotetuissa kohteissa ei ollut mitään lisättävää.</translation>
    </message>
    <message>
        <source>This draft has {count} images and videos, but a post can have at most {limit}. Only the first {limit} are shown; remove some to see the rest.</source>
        <translation>Luonnoksessa on {count} kuvaa ja videota, mutta julkaisussa voi olla enintään {limit}. Vain {limit} ensimmäistä näytetään; poista osa nähdäksesi loput.</translation>
    </message>
    <message>
        <source>Faces found: who is in this picture?</source>
        <translation>Kuvassa on kasvoja: keitä kuvassa on?</translation>
    </message>
    <message>
        <source>Who is in this picture?</source>
        <translation>Keitä kuvassa on?</translation>
    </message>
    <message>
        <source>Who is in the picture was filled in from an earlier draft with the same file – check it.</source>
        <translation>Kuvan henkilötiedot täytettiin aiemmasta luonnoksesta, jossa on sama tiedosto – tarkista ne.</translation>
    </message>
</context>
<context>
    <name>MyIdentity</name>
    <message>
        <source>This guideline pack accepts unsigned approvals, so yours will be recorded unsigned.</source>
        <translation>Tämä ohjepaketti hyväksyy allekirjoittamattomat hyväksynnät, joten hyväksyntäsi tallennetaan ilman allekirjoitusta.</translation>
    </message>
    <message>
        <source>This guideline pack accepts only signed approvals, so approving is not possible here.</source>
        <translation>Tämä ohjepaketti hyväksyy vain allekirjoitetut hyväksynnät, joten hyväksyminen ei onnistu tällä koneella.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <source>The passphrase of your approval signing key:</source>
        <translation>Hyväksyntöjen allekirjoitusavaimesi tunnuslause:</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Uusi allekirjoitusavain</translation>
    </message>
    <message>
        <source>There is no system keyring here, so your approval signing key is kept in a file protected by a passphrase. Choose one (at least %1 characters); it is asked each time you approve.</source>
        <translation>Tällä koneella ei ole järjestelmän avainnippua, joten hyväksyntöjen allekirjoitusavaimesi säilytetään tunnuslauseella suojatussa tiedostossa. Valitse tunnuslause (vähintään %1 merkkiä); se kysytään aina, kun hyväksyt.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Sama tunnuslause uudelleen:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <source>Export my public key</source>
        <translation>Vie julkinen avaimeni</translation>
    </message>
    <message>
        <source>Team file entry</source>
        <translation>Tiimitiedoston merkintä</translation>
    </message>
    <message>
        <source>Saved your public key (fingerprint %1) to %2. Send the file to whoever keeps your team&apos;s reviewer list.</source>
        <translation>Julkinen avaimesi (sormenjälki %1) tallennettiin tiedostoon %2. Lähetä tiedosto tiimisi tarkastajaluettelon ylläpitäjälle.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Errors to fix or override</source>
        <translation>Korjattavat tai ohitettavat virheet</translation>
    </message>
    <message>
        <source>Fix them in the text, or write for each why it is not a problem here. The reasons are kept with the draft and shown to the reviewer.</source>
        <translation>Korjaa ne tekstiin tai kirjoita kunkin kohdalle, miksi se ei ole tässä ongelma. Syyt tallennetaan luonnoksen yhteyteen ja näytetään tarkastajalle.</translation>
    </message>
    <message>
        <source>Reason for publishing anyway</source>
        <translation>Syy julkaista silti</translation>
    </message>
    <message>
        <source>Reason for overriding: %1</source>
        <translation>Ohituksen syy: %1</translation>
    </message>
    <message>
        <source>Override and continue</source>
        <translation>Ohita ja jatka</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>Tätä tiedostoa ei voi tuoda</translation>
    </message>
    <message>
        <source>Reading the review package…</source>
        <translation>Luetaan tarkastuspakettia…</translation>
    </message>
    <message>
        <source>The review package could not be read: %1</source>
        <translation>Tarkastuspakettia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Copying the images and videos…</source>
        <translation>Kopioidaan kuvia ja videoita…</translation>
    </message>
    <message>
        <source>The images and videos of the review package could not be saved (%1). Nothing was imported; free some disk space and import the file again.</source>
        <translation>Tarkastuspaketin kuvia ja videoita ei voitu tallentaa (%1). Mitään ei tuotu; vapauta levytilaa ja tuo tiedosto uudelleen.</translation>
    </message>
</context>
<context>
    <name>PaidForm</name>
    <message>
        <source>P&amp;aid or boosted post</source>
        <translation>&amp;Maksettu tai tehostettu julkaisu</translation>
    </message>
    <message>
        <source>Paid or boosted post</source>
        <translation>Maksettu tai tehostettu julkaisu</translation>
    </message>
    <message>
        <source>Tick when money is used to show the post to more people; the guidelines ask who decided it and who was told</source>
        <translation>Rastita, kun julkaisun näkyvyyteen käytetään rahaa; ohjeet edellyttävät tiedon siitä, kuka päätti ja kenelle ilmoitettiin</translation>
    </message>
    <message>
        <source>Who decided the paid campaign</source>
        <translation>Kuka päätti maksetusta kampanjasta</translation>
    </message>
    <message>
        <source>The person who decided on the paid campaign, usually the unit director</source>
        <translation>Henkilö, joka päätti maksetusta kampanjasta, yleensä yksikön johtaja</translation>
    </message>
    <message>
        <source>Who was notified</source>
        <translation>Kenelle kampanjasta ilmoitettiin</translation>
    </message>
    <message>
        <source>The team or person the campaign was reported to</source>
        <translation>Tiimi tai henkilö, jolle kampanjasta ilmoitettiin</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ilmoitettu päivänä</translation>
    </message>
    <message>
        <source>The communications team has been notified</source>
        <translation>Viestinnälle on ilmoitettu</translation>
    </message>
    <message>
        <source>Tick once the campaign has been reported, and give the date</source>
        <translation>Rastita, kun kampanjasta on ilmoitettu, ja anna päivämäärä</translation>
    </message>
    <message>
        <source>Date of the notification</source>
        <translation>Ilmoituksen päivämäärä</translation>
    </message>
    <message>
        <source>The day the campaign was reported</source>
        <translation>Päivä, jona kampanjasta ilmoitettiin</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Päättäjä</translation>
    </message>
    <message>
        <source>Notified to</source>
        <translation>Kenelle ilmoitettu</translation>
    </message>
    <message>
        <source>The guidelines say: paid marketing is decided by %1 and notified to %2.</source>
        <translation>Ohjeen mukaan maksetusta markkinoinnista päättää %1, ja siitä ilmoitetaan: %2.</translation>
    </message>
    <message>
        <source>Name, e.g. %1</source>
        <translation>Nimi, esim. %1</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Who is in it? Not recorded</source>
        <translation>Keitä kuvassa on? Ei merkitty</translation>
    </message>
    <message>
        <source>Nobody recognisable</source>
        <translation>Ei tunnistettavia henkilöitä</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Aikuisia</translation>
    </message>
    <message>
        <source>Children (under 18)</source>
        <translation>Lapsia (alle 18 v.)</translation>
    </message>
    <message>
        <source>Crowd at a public event</source>
        <translation>Yleisöä julkisessa tilaisuudessa</translation>
    </message>
    <message>
        <source>Who can be recognised in it; recognisable people, and children above all, need their consent recorded</source>
        <translation>Kuka siinä on tunnistettavissa; tunnistettavilta henkilöiltä ja etenkin lapsilta tarvitaan kirjattu lupa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Who is in video {number}</source>
        <translation>Keitä videolla {number} on</translation>
    </message>
    <message>
        <source>Who is in image {number}</source>
        <translation>Keitä kuvassa {number} on</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Post text</source>
        <translation>Julkaisun teksti</translation>
    </message>
    <message>
        <source>The text of the post. Findings are underlined: wavy for errors, solid for warnings, dashed for notes; F8 goes to the next one. A dashed line across marks where the channel hides the rest behind “See more”. Tab moves on to the next field.</source>
        <translation>Julkaisun teksti. Havainnot on alleviivattu: aaltoviiva on virhe, yhtenäinen viiva varoitus ja katkoviiva huomio; F8 siirtyy seuraavaan. Katkoviiva tekstin poikki näyttää, mistä eteenpäin kanava piilottaa tekstin ”Näytä lisää” -linkin taakse. Sarkain siirtyy seuraavaan kenttään.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1-tiedosto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Pyydä muutoksia</translation>
    </message>
    <message>
        <source>What should be changed? The note is kept with the draft.</source>
        <translation>Mitä pitäisi muuttaa? Huomautus tallennetaan luonnoksen yhteyteen.</translation>
    </message>
    <message>
        <source>Save the review package</source>
        <translation>Tallenna tarkastuspaketti</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file back to %2; they open it with Draft ▸ Import review package.</source>
        <translation>Tarkastuspaketti %1 tallennettiin. Lähetä tiedosto takaisin laatijalle (%2); hän avaa sen valitsemalla Luonnos ▸ Tuo tarkastuspaketti.</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file to the reviewer; they open it with Draft ▸ Import review package.</source>
        <translation>Tarkastuspaketti %1 tallennettiin. Lähetä tiedosto tarkastajalle; hän avaa sen valitsemalla Luonnos ▸ Tuo tarkastuspaketti.</translation>
    </message>
    <message>
        <source>Somevahti review package</source>
        <translation>Somevahdin tarkastuspaketti</translation>
    </message>
    <message>
        <source>Import a review package</source>
        <translation>Tuo tarkastuspaketti</translation>
    </message>
    <message>
        <source>Opened the draft %1 sent for review.</source>
        <translation>Avattiin luonnos, jonka %1 lähetti tarkastukseen.</translation>
    </message>
    <message>
        <source>Took the edits %1 made; comments and the review state are merged.</source>
        <translation>Otettiin käyttöön muutokset, jotka %1 teki; kommentit ja tarkastuksen tila yhdistettiin.</translation>
    </message>
    <message>
        <source>Kept your edits; comments and the review state from %1 are merged.</source>
        <translation>Omat muutoksesi säilytettiin; kommentit ja tarkastuksen tila yhdistettiin (lähettäjä: %1).</translation>
    </message>
    <message>
        <source>Merged the comments and the review state from %1.</source>
        <translation>Kommentit ja tarkastuksen tila yhdistettiin (lähettäjä: %1).</translation>
    </message>
    <message>
        <source>Resolved the conflict with %1&apos;s edits; comments and the review state are merged.</source>
        <translation>Ristiriita ratkaistiin muutoksilla, jotka %1 teki; kommentit ja tarkastuksen tila yhdistettiin.</translation>
    </message>
    <message>
        <source>Nothing new in this file from %1.</source>
        <translation>Tiedostossa ei ollut mitään uutta (lähettäjä: %1).</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>toinen osapuoli</translation>
    </message>
    <message>
        <source>Restored the revision; the text before it is in the history.</source>
        <translation>Versio palautettiin; aiempi teksti on tallessa historiassa.</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Ohjepaketti</translation>
    </message>
    <message>
        <source>The draft names the guideline pack “%1”, which this computer does not have. It is checked with your default pack “%2” instead.</source>
        <translation>Luonnos käyttää ohjepakettia ”%1”, jota tällä koneella ei ole. Se tarkistetaan sen sijaan oletuspaketillasi ”%2”.</translation>
    </message>
</context>
<context>
    <name>RolePackBar</name>
    <message>
        <source>Author&apos;s role</source>
        <translation>Kirjoittajan rooli</translation>
    </message>
    <message>
        <source>In whose name the post speaks; the checks and the before-publishing list follow it</source>
        <translation>Kenen nimissä julkaisu puhuu; tarkistukset ja ennen julkaisua -lista mukautuvat siihen</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Ohjepaketti</translation>
    </message>
    <message>
        <source>Whose social media guidelines the checks follow</source>
        <translation>Kenen sosiaalisen median ohjeita tarkistukset noudattavat</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>Yleinen (perus)</translation>
    </message>
    <message>
        <source>Po&amp;sting</source>
        <translation>&amp;Rooli</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Ohjeet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Somevahti changes to the new language the next time it starts.</source>
        <translation>Somevahti vaihtaa uuteen kieleen, kun se käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>Yleinen (perus)</translation>
    </message>
    <message>
        <source>Guideline pack for new drafts</source>
        <translation>Uusien luonnosten ohjepaketti</translation>
    </message>
    <message>
        <source>Maija Virtanen, library</source>
        <translation>Maija Virtanen, kirjasto</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Luonnosten kansio</translation>
    </message>
    <message>
        <source>Open the drafts folder</source>
        <translation>Avaa luonnosten kansio</translation>
    </message>
    <message>
        <source>Packs folder</source>
        <translation>Ohjepakettien kansio</translation>
    </message>
    <message>
        <source>Open the packs folder</source>
        <translation>Avaa ohjepakettien kansio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Guideline &amp;pack for new drafts</source>
        <translation>Uusien luonnosten &amp;ohjepaketti</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nimesi</translation>
    </message>
    <message>
        <source>Your drafts, their history and approvals are kept here, on this computer only.</source>
        <translation>Luonnoksesi, niiden historia ja hyväksynnät säilytetään täällä, vain tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Put your own guideline packs (.toml files) here; Somevahti finds them at its next start.</source>
        <translation>Tallenna omat ohjepakettisi (.toml-tiedostot) tähän kansioon; Somevahti löytää ne seuraavalla käynnistyskerralla.</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, kirjasto”).</source>
        <translation>Nimesi näkyy luonnostesi, kommenttiesi ja hyväksyntöjesi yhteydessä (esimerkiksi ”Maija Virtanen, kirjasto”).</translation>
    </message>
</context>
<context>
    <name>VersionEditorPanel</name>
    <message>
        <source>Show this version in this pane (Ctrl+Shift+L moves between the versions).</source>
        <translation>Näytä tämä versio tässä ruudussa (Ctrl+Shift+L siirtyy versiosta toiseen).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merkitse tarkistetuksi</translation>
    </message>
    <message>
        <source>This version has been checked against the other one and is up to date.</source>
        <translation>Tämä versio on tarkistettu toista vasten ja on ajan tasalla.</translation>
    </message>
    <message>
        <source>Add Swedish version</source>
        <translation>Lisää ruotsinkielinen versio</translation>
    </message>
    <message>
        <source>Add English version</source>
        <translation>Lisää englanninkielinen versio</translation>
    </message>
    <message>
        <source>Start a Swedish version of this post, written and checked beside the Finnish one.</source>
        <translation>Aloita julkaisun ruotsinkielinen versio, joka kirjoitetaan ja tarkistetaan suomenkielisen rinnalla.</translation>
    </message>
    <message>
        <source>Start an English version of this post, written and checked beside the Finnish one.</source>
        <translation>Aloita julkaisusta englanninkielinen versio, jota kirjoitetaan ja tarkistetaan suomenkielisen rinnalla.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <source>Add or remove a language version</source>
        <translation>Lisää tai poista kieliversio</translation>
    </message>
    <message>
        <source>Remove this version…</source>
        <translation>Poista tämä versio…</translation>
    </message>
    <message>
        <source>Separate posts per language</source>
        <translation>Erillinen julkaisu kummallakin kielellä</translation>
    </message>
    <message>
        <source>One bilingual post (Finnish first)</source>
        <translation>Yksi kaksikielinen julkaisu (suomi ensin)</translation>
    </message>
    <message>
        <source>How this channel publishes the language versions</source>
        <translation>Miten tämä kanava julkaisee kieliversiot</translation>
    </message>
    <message>
        <source>Safety or health information</source>
        <translation>Turvallisuus- tai terveystieto</translation>
    </message>
    <message>
        <source>Information on life, health, safety, property or the environment must be given in Finnish and Swedish (Language Act 423/2003, section 32).</source>
        <translation>Henkeä, terveyttä, turvallisuutta, omaisuutta tai ympäristöä koskeva tieto on annettava suomeksi ja ruotsiksi (kielilaki 423/2003, 32 §).</translation>
    </message>
    <message>
        <source>Next language version</source>
        <translation>Seuraava kieliversio</translation>
    </message>
    <message>
        <source>Remove this version (%1)…</source>
        <translation>Poista tämä versio (%1)…</translation>
    </message>
    <message>
        <source>The guideline pack requires this version.</source>
        <translation>Ohjepaketti edellyttää tätä versiota.</translation>
    </message>
    <message>
        <source>One post in every language (Finnish first)</source>
        <translation>Yksi julkaisu kaikilla kielillä (suomi ensin)</translation>
    </message>
    <message>
        <source>Write the Swedish version here.</source>
        <translation>Kirjoita ruotsinkielinen versio tähän.</translation>
    </message>
    <message>
        <source>Write the English version here.</source>
        <translation>Kirjoita englanninkielinen versio tähän.</translation>
    </message>
    <message>
        <source>Version %1 may be out of date: version %2 was edited after it.</source>
        <translation>Versio %1 voi olla vanhentunut: versiota %2 on muokattu sen jälkeen.</translation>
    </message>
    <message>
        <source>Swedish version (SV)</source>
        <translation>Ruotsinkielinen versio (SV)</translation>
    </message>
    <message>
        <source>English version (EN)</source>
        <translation>Englanninkielinen versio (EN)</translation>
    </message>
    <message>
        <source>Finnish version (FI)</source>
        <translation>Suomenkielinen versio (FI)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the combined post</source>
        <translation>%1: %2 / %3 yhdistetyssä julkaisussa</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the bilingual post</source>
        <translation>%1: %2 / %3 kaksikielisessä julkaisussa</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
</context>
<context>
    <name>VersionRemoval</name>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Bring the removed language version back with its text.</source>
        <translation>Palauta poistettu kieliversio tekstineen.</translation>
    </message>
    <message>
        <source>Remove language version</source>
        <translation>Poista kieliversio</translation>
    </message>
    <message>
        <source>Remove version %1 and its text from this draft? Undo in the version pane brings it back.</source>
        <translation>Poistetaanko versio %1 tekstineen tästä luonnoksesta? Versioruudun Kumoa-painike palauttaa sen.</translation>
    </message>
    <message>
        <source>Version %1 was removed.</source>
        <translation>Versio %1 poistettiin.</translation>
    </message>
</context>
<context>
    <name>VersionSwitch</name>
    <message>
        <source>Shown version:</source>
        <translation>Näytettävä versio:</translation>
    </message>
    <message>
        <source>Show this version&apos;s editor (Ctrl+Shift+L moves to the next version).</source>
        <translation>Näytä tämän version muokkauskenttä (Ctrl+Shift+L siirtyy seuraavaan versioon).</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Side column</source>
        <translation>Sivusarake</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Muistilista</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>What the checks found in the text and media</source>
        <translation>Mitä tarkistukset löysivät tekstistä ja kuvista</translation>
    </message>
    <message>
        <source>Things to check yourself before publishing</source>
        <translation>Asiat, jotka tarkistat itse ennen julkaisua</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft</source>
        <translation>Tiimin kommentit tähän luonnokseen</translation>
    </message>
    <message>
        <source>How the post looks on each channel</source>
        <translation>Miltä julkaisu näyttää kussakin kanavassa</translation>
    </message>
    <message>
        <source>&amp;Drafts list</source>
        <translation>&amp;Luonnosluettelo</translation>
    </message>
    <message>
        <source>&amp;Side column</source>
        <translation>&amp;Sivusarake</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Havainnot</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Muistilista</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentit</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Es&amp;ikatselu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näkymä</translation>
    </message>
</context>
<context>
    <name>WindowStorage</name>
    <message>
        <source>The stored drafts could not be read: %1</source>
        <translation>Tallennettuja luonnoksia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>A stored draft could not be read and was left as it is: %1</source>
        <translation>Yhtä tallennettua luonnosta ei voitu lukea, joten se jätettiin ennalleen: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Review state</source>
        <translation>Tarkastuksen tila</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Hyväksynnät</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Tarkastajan huomautus</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Lähetä tarkastukseen</translation>
    </message>
    <message>
        <source>Review package…</source>
        <translation>Tarkastuspaketti…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Hyväksy…</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Pyydä muutoksia…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tila: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks for changes:</source>
        <translation>%1 pyytää muutoksia:</translation>
    </message>
    <message>
        <source>%1 approved with a note:</source>
        <translation>%1 hyväksyi ja kirjoitti:</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Huomautus: %1:</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</source>
        <translation>%1: &lt;b&gt;muutettu hyväksynnän jälkeen&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: hyväksynyt %2</translation>
    </message>
    <message>
        <source>verified: a team reviewer&apos;s key (%1)</source>
        <translation>varmennettu: tiimin tarkastajan avain (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;signed by an unknown key&lt;/b&gt; (%1): not the team&apos;s</source>
        <translation>&lt;b&gt;tuntemattoman avaimen allekirjoittama&lt;/b&gt; (%1): ei tiimin avain</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsigned&lt;/b&gt;</source>
        <translation>&lt;b&gt;allekirjoittamaton&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;invalid&lt;/b&gt;: the record does not hold (altered, stripped or copied)</source>
        <translation>&lt;b&gt;virheellinen&lt;/b&gt;: hyväksyntätieto ei pidä (muutettu, allekirjoitus poistettu tai kopioitu)</translation>
    </message>
    <message>
        <source>&lt;b&gt;the author&apos;s own approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;laatijan oma hyväksyntä&lt;/b&gt;</translation>
    </message>
</context>
</TS>
