<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Mark the draft ready for a reviewer (Ctrl+Shift+R); errors must be fixed or ignored with a reason first</source>
        <translation>Markera utkastet som klart för granskaren (Ctrl+Shift+R); fel måste först rättas eller ignoreras med en motivering</translation>
    </message>
    <message>
        <source>Save the draft as one file to send to a reviewer who works offline (Ctrl+Shift+S)</source>
        <translation>Spara utkastet som en fil som kan skickas till en granskare som arbetar offline (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Approve exactly this content with your name and signature (Ctrl+Shift+A)</source>
        <translation>Godkänn just detta innehåll med ditt namn och din signatur (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Send the draft back to its author with a note on what to change</source>
        <translation>Skicka tillbaka utkastet till skribenten med en anteckning om vad som ska ändras</translation>
    </message>
    <message>
        <source>Take the draft back to editing; approvals no longer hold after a change</source>
        <translation>Ta tillbaka utkastet för redigering; godkännanden gäller inte efter en ändring</translation>
    </message>
    <message>
        <source>Put the draft away; it can be reopened</source>
        <translation>Arkivera utkastet; det kan öppnas igen</translation>
    </message>
    <message>
        <source>Earlier versions of the draft and its review steps (Ctrl+H)</source>
        <translation>Utkastets tidigare versioner och granskningssteg (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve “%1”</source>
        <translation>Godkänn ”%1”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Personer och samtycken</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>You approve the exact text, images, alt texts, captions, role and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</source>
        <translation>Du godkänner exakt den här texten, bilderna, alternativtexterna, textningen, rollen och uppgifterna om den betalda kampanjen: %1, och vilka som syns på bilderna och vem som gett samtycke. Varje senare ändring upphäver godkännandet.</translation>
    </message>
    <message>
        <source>You approve as %1 (the name in Settings).</source>
        <translation>Du godkänner som %1 (namnet i inställningarna).</translation>
    </message>
    <message>
        <source>Overridden errors</source>
        <translation>Åsidosatta fel</translation>
    </message>
    <message>
        <source>Errors overridden by the author, with their reasons:</source>
        <translation>Fel som författaren åsidosatt, med motiveringar:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (valfri)</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <source>Preview channel</source>
        <translation>Kanal för förhandsvisningen</translation>
    </message>
    <message>
        <source>The channel whose look the preview shows; it follows the channel tab you edit</source>
        <translation>Kanalen vars utseende förhandsvisningen visar; den följer kanalfliken du redigerar</translation>
    </message>
    <message>
        <source>Show whole text</source>
        <translation>Visa hela texten</translation>
    </message>
    <message>
        <source>Show the whole text in the preview</source>
        <translation>Visa hela texten i förhandsvisningen</translation>
    </message>
    <message>
        <source>Show the text past the channel&apos;s “See more” point too</source>
        <translation>Visa också texten efter kanalens ”Visa mer”-punkt</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopiera texten</translation>
    </message>
    <message>
        <source>Copy this channel&apos;s text</source>
        <translation>Kopiera den här kanalens text</translation>
    </message>
    <message>
        <source>Copy the text as this channel gets it, ready to paste</source>
        <translation>Kopiera texten så som kanalen får den, klar att klistra in</translation>
    </message>
    <message>
        <source>Channel preview</source>
        <translation>Förhandsvisning av kanalen</translation>
    </message>
    <message>
        <source>The post as the chosen channel shows it</source>
        <translation>Inlägget så som den valda kanalen visar det</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Channel variants</source>
        <translation>Kanalspecifika texter</translation>
    </message>
    <message>
        <source>The master text and one tab per channel (Ctrl+PgDown, Ctrl+PgUp). “● 2” on a tab: two errors in that channel&apos;s text.</source>
        <translation>Huvudtexten och en flik per kanal (Ctrl+PgDown, Ctrl+PgUp). ”● 2” på en flik: två fel i den kanalens text.</translation>
    </message>
    <message>
        <source>Channels of this post</source>
        <translation>Inläggets kanaler</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanaler…</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Välj kanaler</translation>
    </message>
    <message>
        <source>Tick every channel this post goes to; the menu stays open until you press Esc or click elsewhere</source>
        <translation>Kryssa för alla kanaler inlägget går till; menyn förblir öppen tills du trycker Esc eller klickar någon annanstans</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Följ huvudtexten igen</translation>
    </message>
    <message>
        <source>Reset variant to the master text</source>
        <translation>Återställ kanalens text till huvudtexten</translation>
    </message>
    <message>
        <source>Replace this channel&apos;s own text with the master text</source>
        <translation>Ersätt kanalens egen text med huvudtexten</translation>
    </message>
    <message>
        <source>Master text</source>
        <translation>Huvudtext</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (redigerad)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“● %n” on the tab: %n error(s) in this channel&apos;s text.</source>
        <translation>
            <numerusform>”● %n” på fliken: %n fel i kanalens text.</numerusform>
            <numerusform>”● %n” på fliken: %n fel i kanalens text.</numerusform>
        </translation>
    </message>
    <message>
        <source>The master text: every channel that is not edited follows it.</source>
        <translation>Huvudtexten: alla kanaler vars text inte har redigerats följer den.</translation>
    </message>
    <message>
        <source>Follows the master text. Typing here makes a separate version for this channel.</source>
        <translation>Följer huvudtexten. Om du skriver här får kanalen en egen version.</translation>
    </message>
    <message>
        <source>Edited for this channel: changes to the master text no longer reach it.</source>
        <translation>Redigerad för den här kanalen: ändringar i huvudtexten når den inte längre.</translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>The checks stopped with an error; they run again after the next edit. (%1)</source>
        <translation>Kontrollerna avbröts av ett fel; de görs om efter nästa ändring. (%1)</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Before publishing — check yourself</source>
        <translation>Före publicering – kontrollera själv</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Things no check can see for you. Tick each one with Space once you have seen to it.</source>
        <translation>Sådant som ingen kontroll kan se åt dig. Kryssa för var och en med mellanslag när du har sett till den.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft, oldest first</source>
        <translation>Teamets kommentarer på utkastet, äldsta först</translation>
    </message>
    <message>
        <source>No comments yet. Comments are for the team: they go with review packages and are never exported.</source>
        <translation>Inga kommentarer ännu. Kommentarerna är till för teamet: de följer med granskningspaket men exporteras aldrig.</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>Skriv en kommentar till teamet</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>A comment for the team; it goes with review packages and is never exported</source>
        <translation>En kommentar till teamet; den följer med granskningspaket och exporteras aldrig</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <source>Add the comment to the draft with your name</source>
        <translation>Lägg till kommentaren i utkastet med ditt namn</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>%1 asked for changes</source>
        <translation>%1 bad om ändringar</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 godkände</translation>
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
        <translation>den andra parten</translation>
    </message>
    <message>
        <source>Both of you edited “%1”</source>
        <translation>Ni har båda redigerat ”%1”</translation>
    </message>
    <message>
        <source>%1 edited this draft, and so did you, since it was sent. Choose which content to keep; comments, approvals and the review state are merged either way.</source>
        <translation>%1 har redigerat utkastet sedan det skickades, och det har du också. Välj vilket innehåll som ska behållas; kommentarer, godkännanden och granskningsläget slås ihop i vilket fall som helst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Deras version&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(channel not chosen)</source>
        <translation>(kanalen är inte vald)</translation>
    </message>
    <message>
        <source>%1 text, %2</source>
        <translation>%1-text, %2</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deras version</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>din version</translation>
    </message>
    <message>
        <source>Also different: %1</source>
        <translation>Skiljer sig också: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deras version</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>kanaler</translation>
    </message>
    <message>
        <source>images and videos</source>
        <translation>bilder och videor</translation>
    </message>
    <message>
        <source>paid-campaign record</source>
        <translation>uppgifterna om betald kampanj</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>guideline pack</source>
        <translation>riktlinjepaket</translation>
    </message>
    <message>
        <source>consents of people named in the text</source>
        <translation>samtycken för personer som nämns i texten</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Who agreed to “%1” being named in this post, how and when. The record is kept with the draft and shown to the reviewer; it never appears in the post.</source>
        <translation>Vem gav samtycke till att ”%1” nämns i detta inlägg, hur och när. Uppgiften sparas med utkastet och visas för granskaren; den syns aldrig i inlägget.</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Personens namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>No consent recorded</source>
        <translation>Inget samtycke registrerat</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Undertecknad blankett</translation>
    </message>
    <message>
        <source>School photo-permission register</source>
        <translation>Skolans register över fotograferingstillstånd</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Form number (optional)</source>
        <translation>Blankettnummer (valfritt)</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Samtycke givet av</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Hur samtycket gavs</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Datum för samtycket</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Referens för samtycket</translation>
    </message>
    <message>
        <source>Who gave the consent: the person, or a guardian for a child</source>
        <translation>Vem som gav samtycket: personen själv eller en vårdnadshavare för ett barn</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Hur samtycket gavs</translation>
    </message>
    <message>
        <source>The day the consent was given</source>
        <translation>Dagen då samtycket gavs</translation>
    </message>
    <message>
        <source>Where the consent can be found, e.g. a form number</source>
        <translation>Var samtycket finns, till exempel ett blankettnummer</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
</context>
<context>
    <name>CounterStrip</name>
    <message>
        <source>characters</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>weighted characters (links 23, emoji 2)</source>
        <translation>viktade tecken (länk 23, emoji 2)</translation>
    </message>
    <message>
        <source>characters as people see them</source>
        <translation>tecken så som de syns</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>characters (emoji count as bytes)</source>
        <translation>tecken (emojier räknas som byte)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 av %3 %4</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Your drafts with their review state. Ctrl+N starts a new one, F2 renames, Ctrl+Del deletes.</source>
        <translation>Dina utkast med deras granskningsläge. Ctrl+N börjar ett nytt, F2 byter namn, Ctrl+Del tar bort.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Namnlöst utkast</translation>
    </message>
    <message>
        <source>%1. Approval: %2.</source>
        <translation>%1. Godkännande: %2.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title (only you and reviewers see it)</source>
        <translation>Rubrik (syns bara för dig och granskarna)</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Utkastets rubrik</translation>
    </message>
    <message>
        <source>A name for the draft in your drafts list; suggested from the text&apos;s first words until you write your own</source>
        <translation>Utkastets namn i utkastlistan; föreslås utifrån textens första ord tills du skriver ett eget</translation>
    </message>
    <message>
        <source>Write the post here. Checks run as you type; what they find is listed on the right and underlined in the text.

Choose the channels with “Channels…” above the text. Add images in the tab below. When the text is ready, send it for review.</source>
        <translation>Skriv inlägget här. Kontrollerna körs medan du skriver; det de hittar listas till höger och stryks under i texten.

Välj kanaler med ”Kanaler…” ovanför texten. Lägg till bilder på fliken nedanför. När texten är klar, skicka den på granskning.</translation>
    </message>
    <message>
        <source>No draft open. Press Ctrl+N to start a new one.</source>
        <translation>Inget utkast är öppet. Tryck på Ctrl+N för att börja ett nytt.</translation>
    </message>
    <message>
        <source>Images and paid visibility</source>
        <translation>Bilder och betald synlighet</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos with their alt texts and captions</source>
        <translation>Inläggets bilder och videor med alternativtexter och undertexter</translation>
    </message>
    <message>
        <source>Whether the post is paid or boosted, and who decided and was told</source>
        <translation>Om inlägget är betalt eller förstärkt, vem som beslutade och vem som informerades</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Bilder och videor</translation>
    </message>
    <message>
        <source>Paid visibility: on</source>
        <translation>Betald synlighet: ja</translation>
    </message>
    <message>
        <source>Paid visibility</source>
        <translation>Betald synlighet</translation>
    </message>
    <message>
        <source>%1 shows about %2 characters before “See more”; the rest is hidden at first.</source>
        <translation>%1 visar ungefär %2 tecken före ”Visa mer”; resten syns inte till en början.</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Följ grundtexten igen</translation>
    </message>
    <message>
        <source>%1 has its own text. Following the master text again replaces it with the master text. The %1 text is kept in History, where you can restore it.</source>
        <translation>%1 har en egen text. Om kanalen följer grundtexten igen ersätts den av grundtexten. Texten för %1 sparas i historiken, där du kan återställa den.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy the master text</source>
        <translation>&amp;Kopiera huvudtexten</translation>
    </message>
    <message>
        <source>&amp;Copy %1 text</source>
        <translation>&amp;Kopiera %1-texten</translation>
    </message>
    <message>
        <source>Master text copied – %1 characters.</source>
        <translation>Huvudtexten kopierades – %1 tecken.</translation>
    </message>
    <message>
        <source>%1 text copied – %2 characters.</source>
        <translation>%1-texten kopierades – %2 tecken.</translation>
    </message>
    <message>
        <source>Copied the texts for %1 and the alt texts.</source>
        <translation>Texterna för %1 och alternativtexterna kopierades.</translation>
    </message>
    <message>
        <source>Copied the texts for %1.</source>
        <translation>Texterna för %1 kopierades.</translation>
    </message>
    <message>
        <source>Not approved yet: paste it only into a draft post.</source>
        <translation>Inte godkänt ännu: klistra bara in texten i ett utkast till inlägg.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Namnlöst utkast</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the approved version.</source>
        <translation>Vill du exportera det ändå? Då märks varje fil LUONNOS / UTKAST / DRAFT så att ingen tar den för den godkända versionen.</translation>
    </message>
    <message>
        <source>Export a draft</source>
        <translation>Exportera ett utkast</translation>
    </message>
    <message>
        <source>Export to which folder? A new folder is made in it.</source>
        <translation>Till vilken mapp ska det exporteras? En ny mapp skapas i den.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>”%1” exporterades till %2.</translation>
    </message>
    <message>
        <source>Exported “%1” as a draft to %2. Every file is marked LUONNOS / UTKAST / DRAFT.</source>
        <translation>”%1” exporterades som utkast till %2. Varje fil är märkt LUONNOS / UTKAST / DRAFT.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>What the checks found, grouped by topic, most serious first. Enter or a click shows the place in the text; F8 and Shift+F8 step through the findings.</source>
        <translation>Kontrollernas anmärkningar per ämne, de allvarligaste först. Enter eller ett klick visar stället i texten; F8 och Shift+F8 går mellan anmärkningarna.</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>Rä&amp;tta</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Rätta enligt förslaget</translation>
    </message>
    <message>
        <source>Replace the marked text with the suggestion (Ctrl+.); Ctrl+Z undoes it</source>
        <translation>Ersätt den markerade texten med förslaget (Ctrl+.); Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>Ig&amp;norera…</translation>
    </message>
    <message>
        <source>Ignore this finding, with a reason</source>
        <translation>Ignorera anmärkningen och ange orsaken</translation>
    </message>
    <message>
        <source>Hide this finding for this draft; the reason you give is shown to reviewers (Ctrl+Shift+I)</source>
        <translation>Dölj anmärkningen i det här utkastet; motiveringen du ger visas för granskarna (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrera samt&amp;ycke…</translation>
    </message>
    <message>
        <source>Record the named person&apos;s consent</source>
        <translation>Registrera den namngivna personens samtycke</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Show this ignored finding again</source>
        <translation>Visa den ignorerade anmärkningen igen</translation>
    </message>
    <message>
        <source>Put the selected ignored finding back among the findings</source>
        <translation>Sätt tillbaka den valda ignorerade anmärkningen bland anmärkningarna</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>Ignorerade (%1)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: ”%1”</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”</source>
        <translation>Rättelse: ersätt med ”%1”</translation>
    </message>
    <message>
        <source>Fix: remove it from the text</source>
        <translation>Rättelse: ta bort det ur texten</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Inga anmärkningar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message>
        <source>In the text: a wavy red underline marks an error, a solid brown one a warning, a dashed blue one a note. A dashed line across the editor marks where the channel folds the post (“See more”).</source>
        <translation>I texten: en vågig röd understrykning betyder fel, en hel brun varning och en streckad blå en observation. En streckad linje tvärs över textfältet visar var kanalen viker inlägget (”Visa mer”).</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notering</numerusform>
            <numerusform>%n noteringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) overridden with a reason</source>
        <translation>
            <numerusform>%n fel åsidosatt med motivering</numerusform>
            <numerusform>%n fel åsidosatta med motivering</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking the latest changes…</source>
        <translation>%1 — kontrollerar de senaste ändringarna…</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Det går inte att skapa mappen %1: %2</translation>
    </message>
    <message>
        <source>No file manager could open %1. The path can be copied from the field.</source>
        <translation>Ingen filhanterare kunde öppna mappen %1. Sökvägen kan kopieras från fältet.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historik för ”%1”</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Text of the chosen revision</source>
        <translation>Den valda versionens text</translation>
    </message>
    <message>
        <source>No earlier revisions yet. Somevahti keeps one every five minutes of editing, when the review state changes and before a restore.</source>
        <translation>Inga tidigare versioner ännu. Somevahti sparar en version var femte minut under redigering, när granskningsläget ändras och före en återställning.</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Återställ den här versionen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redigerad</translation>
    </message>
    <message>
        <source>before a pause</source>
        <translation>före en paus</translation>
    </message>
    <message>
        <source>review state changed</source>
        <translation>granskningsläget ändrades</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>före en import</translation>
    </message>
    <message>
        <source>before merging a change saved elsewhere</source>
        <translation>innan en ändring som sparats på annat håll slogs ihop</translation>
    </message>
    <message>
        <source>before a channel followed the master text again</source>
        <translation>innan en kanal följde grundtexten igen</translation>
    </message>
    <message>
        <source>before a language version was removed</source>
        <translation>innan en språkversion togs bort</translation>
    </message>
</context>
<context>
    <name>IncomingRecordsDialog</name>
    <message>
        <source>Team records in the package</source>
        <translation>Teamets uppgifter i paketet</translation>
    </message>
    <message>
        <source>The package from %1 adds these records to the draft. Add them only if you expect them.</source>
        <translation>Paketet från %1 lägger till de här uppgifterna i utkastet. Lägg bara till dem om du väntade dig dem.</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>den andra parten</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>Uppgifter att lägga till</translation>
    </message>
    <message>
        <source>Records refused</source>
        <translation>Avvisade uppgifter</translation>
    </message>
    <message>
        <source>Refused (never added):</source>
        <translation>Avvisat (läggs aldrig till):</translation>
    </message>
    <message>
        <source>Add these records</source>
        <translation>Lägg till uppgifterna</translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>Importera utan dem</translation>
    </message>
    <message>
        <source>Comment by %1, %2: %3</source>
        <translation>Kommentar av %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 moved the draft to “%2”, %3</source>
        <translation>%1 flyttade utkastet till ”%2”, %3</translation>
    </message>
    <message>
        <source>Approval of %1 by %2, %3</source>
        <translation>Godkännande av %1 av %2, %3</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>daterat i framtiden</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>inget giltigt datum</translation>
    </message>
    <message>
        <source>the approval record does not hold (altered, stripped of its signature or copied from another draft)</source>
        <translation>godkännandet håller inte (ändrat, signaturen borttagen eller kopierat från ett annat utkast)</translation>
    </message>
    <message>
        <source>approved by the draft&apos;s own author</source>
        <translation>godkänt av utkastets egen författare</translation>
    </message>
    <message>
        <source>an unsigned approval cannot replace a signed one</source>
        <translation>ett osignerat godkännande kan inte ersätta ett signerat</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>&amp;Language versions</source>
        <translation>&amp;Språkversioner</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Utkast</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Inlägg</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>Loading the language model… structural checks are already on.</source>
        <translation>Språkmodellen laddas… de strukturella kontrollerna är redan på.</translation>
    </message>
    <message>
        <source>Language model loading</source>
        <translation>Språkmodellen laddas</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Ångra borttagningen</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Namnlöst utkast</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nytt utkast</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Utkastet ”%1” togs bort.</translation>
    </message>
    <message>
        <source>Language checks (names, terms, tone) start when the language model has loaded.</source>
        <translation>Språkkontrollerna (namn, termer, ton) börjar när språkmodellen har laddats.</translation>
    </message>
    <message>
        <source>Waiting for the checks to finish…</source>
        <translation>Väntar på att kontrollerna blir klara…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>The checks have not finished yet (the language model may still be loading). Try again in a moment.</source>
        <translation>Kontrollerna är inte klara ännu (språkmodellen kan fortfarande hålla på att laddas). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Language model loaded: all checks are on.</source>
        <translation>Språkmodellen har laddats: alla kontroller är på.</translation>
    </message>
    <message>
        <source>Ignore finding</source>
        <translation>Ignorera anmärkningen</translation>
    </message>
    <message>
        <source>Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers.</source>
        <translation>Varför är anmärkningen inget problem här? Orsaken sparas med utkastet och visas för granskarna.</translation>
    </message>
    <message>
        <source>Stored drafts</source>
        <translation>Sparade utkast</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nytt utkast</translation>
    </message>
    <message>
        <source>D&amp;uplicate draft</source>
        <translation>&amp;Duplicera utkast</translation>
    </message>
    <message>
        <source>&amp;Rename draft</source>
        <translation>&amp;Byt namn på utkast</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Ta bort utkast</translation>
    </message>
    <message>
        <source>Res&amp;tore deleted draft</source>
        <translation>&amp;Återställ borttaget utkast</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Nästa anmärkning</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Föregående anmärkning</translation>
    </message>
    <message>
        <source>Apply &amp;fix</source>
        <translation>&amp;Rätta enligt förslaget</translation>
    </message>
    <message>
        <source>&amp;Ignore finding…</source>
        <translation>&amp;Ignorera anmärkning…</translation>
    </message>
    <message>
        <source>&amp;Go to findings</source>
        <translation>Gå till &amp;anmärkningarna</translation>
    </message>
    <message>
        <source>Add &amp;image or video…</source>
        <translation>Lägg till &amp;bild eller video…</translation>
    </message>
    <message>
        <source>Next c&amp;hannel</source>
        <translation>&amp;Nästa kanal</translation>
    </message>
    <message>
        <source>Previous ch&amp;annel</source>
        <translation>&amp;Föregående kanal</translation>
    </message>
    <message>
        <source>&amp;Send for review</source>
        <translation>&amp;Skicka till granskning</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Godkänn…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Begär &amp;ändringar…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>Save review &amp;package…</source>
        <translation>&amp;Spara granskningspaket…</translation>
    </message>
    <message>
        <source>&amp;Import review package…</source>
        <translation>&amp;Importera granskningspaket…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Write a co&amp;mment</source>
        <translation>Skriv en &amp;kommentar</translation>
    </message>
    <message>
        <source>&amp;Copy channel text</source>
        <translation>&amp;Kopiera kanalens text</translation>
    </message>
    <message>
        <source>Copy &amp;all texts and alt texts</source>
        <translation>Kopiera &amp;alla texter och alternativtexter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export my public &amp;key…</source>
        <translation>Exportera min publika &amp;nyckel…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
</context>
<context>
    <name>MediaCard</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beskriv bilden för dem som inte kan se den</translation>
    </message>
    <message>
        <source>Has captions (subtitles)</source>
        <translation>Videon har textning</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>Remove image {number}</source>
        <translation>Ta bort bild {number}</translation>
    </message>
    <message>
        <source>Thumbnail of image {number}</source>
        <translation>Miniatyr av bild {number}</translation>
    </message>
    <message>
        <source>Alt text for image {number}</source>
        <translation>Alternativtext för bild {number}</translation>
    </message>
    <message>
        <source>Read aloud to people who cannot see image {number}; the counters below show each channel&apos;s limit</source>
        <translation>Läses upp för dem som inte ser bild {number}; räknarna nedanför visar varje kanals gräns</translation>
    </message>
    <message>
        <source>Video {number}</source>
        <translation>Video {number}</translation>
    </message>
    <message>
        <source>Remove video {number}</source>
        <translation>Ta bort video {number}</translation>
    </message>
    <message>
        <source>Video {number} has captions (subtitles)</source>
        <translation>Video {number} har textning</translation>
    </message>
    <message>
        <source>Tick when video {number} has captions burnt in or as a file</source>
        <translation>Kryssa för när video {number} har undertexter inbrända eller som fil</translation>
    </message>
    <message>
        <source>{channel} {count} / {limit}</source>
        <translation>{channel} {count} / {limit}</translation>
    </message>
    <message>
        <source>{channel}: alt text {count} of {limit} characters</source>
        <translation>{channel}: alternativtext {count} av {limit} tecken</translation>
    </message>
    <message>
        <source>{over} characters over the limit</source>
        <translation>{over} tecken över gränsen</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Images and videos</source>
        <translation>Bilder och videor</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos. Paste an image here with Ctrl+V or drop files here; each image has its alt text.</source>
        <translation>Inläggets bilder och videor. Klistra in en bild här med Ctrl+V eller släpp filer här; varje bild har sin alternativtext.</translation>
    </message>
    <message>
        <source>Add image or video…</source>
        <translation>Lägg till bild eller video…</translation>
    </message>
    <message>
        <source>Add image or video</source>
        <translation>Lägg till bild eller video</translation>
    </message>
    <message>
        <source>You can also drop files here or paste an image with Ctrl+V</source>
        <translation>Du kan också släppa filer här eller klistra in en bild med Ctrl+V</translation>
    </message>
    <message>
        <source>No images or videos yet. Add them with the button, drop files here or paste with Ctrl+V.</source>
        <translation>Inga bilder eller videor ännu. Lägg till dem med knappen, släpp filer här eller klistra in med Ctrl+V.</translation>
    </message>
    <message>
        <source>A post can have at most {limit} images and videos; “{name}” was not added.</source>
        <translation>Ett inlägg kan ha högst {limit} bilder och videor; ”{name}” lades inte till.</translation>
    </message>
    <message>
        <source>“{name}” was not found.</source>
        <translation>Filen ”{name}” hittades inte.</translation>
    </message>
    <message>
        <source>“{name}” is not an image or a video.</source>
        <translation>”{name}” är varken en bild eller en video.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an image.</source>
        <translation>Filen ”{name}” kunde inte läsas som en bild.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videor</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Add images or videos</source>
        <translation>Lägg till bilder eller videor</translation>
    </message>
    <message>
        <source>The clipboard has no image or file to add.</source>
        <translation>Det finns ingen bild eller fil att lägga till i urklippet.</translation>
    </message>
    <message>
        <source>Nothing to add in what was dropped.</source>
        <translation>Det som släpptes innehöll inget att lägga till.</translation>
    </message>
    <message>
        <source>This draft has {count} images and videos, but a post can have at most {limit}. Only the first {limit} are shown; remove some to see the rest.</source>
        <translation>Utkastet har {count} bilder och videor, men ett inlägg kan ha högst {limit}. Bara de {limit} första visas; ta bort några för att se resten.</translation>
    </message>
    <message>
        <source>Faces found: who is in this picture?</source>
        <translation>Ansikten hittades: vem finns på bilden?</translation>
    </message>
    <message>
        <source>Who is in this picture?</source>
        <translation>Vem finns på bilden?</translation>
    </message>
    <message>
        <source>Who is in the picture was filled in from an earlier draft with the same file – check it.</source>
        <translation>Uppgifterna om vilka som syns på bilden fylldes i från ett tidigare utkast med samma fil – kontrollera dem.</translation>
    </message>
</context>
<context>
    <name>MyIdentity</name>
    <message>
        <source>This guideline pack accepts unsigned approvals, so yours will be recorded unsigned.</source>
        <translation>Det här riktlinjepaketet godtar osignerade godkännanden, så ditt godkännande sparas utan signatur.</translation>
    </message>
    <message>
        <source>This guideline pack accepts only signed approvals, so approving is not possible here.</source>
        <translation>Det här riktlinjepaketet godtar bara signerade godkännanden, så det går inte att godkänna här.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnyckel</translation>
    </message>
    <message>
        <source>The passphrase of your approval signing key:</source>
        <translation>Lösenfrasen för din signeringsnyckel:</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Ny signeringsnyckel</translation>
    </message>
    <message>
        <source>There is no system keyring here, so your approval signing key is kept in a file protected by a passphrase. Choose one (at least %1 characters); it is asked each time you approve.</source>
        <translation>Det finns ingen nyckelring i systemet här, så din signeringsnyckel sparas i en fil skyddad med en lösenfras. Välj en (minst %1 tecken); den efterfrågas varje gång du godkänner.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Samma lösenfras igen:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Export my public key</source>
        <translation>Exportera min publika nyckel</translation>
    </message>
    <message>
        <source>Team file entry</source>
        <translation>Post i teamfilen</translation>
    </message>
    <message>
        <source>Saved your public key (fingerprint %1) to %2. Send the file to whoever keeps your team&apos;s reviewer list.</source>
        <translation>Din publika nyckel (fingeravtryck %1) sparades i %2. Skicka filen till den som sköter teamets granskarlista.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Errors to fix or override</source>
        <translation>Fel att rätta eller åsidosätta</translation>
    </message>
    <message>
        <source>Fix them in the text, or write for each why it is not a problem here. The reasons are kept with the draft and shown to the reviewer.</source>
        <translation>Rätta dem i texten eller skriv för vart och ett varför det inte är ett problem här. Orsakerna sparas med utkastet och visas för granskaren.</translation>
    </message>
    <message>
        <source>Reason for publishing anyway</source>
        <translation>Orsak att publicera ändå</translation>
    </message>
    <message>
        <source>Reason for overriding: %1</source>
        <translation>Orsak till åsidosättandet: %1</translation>
    </message>
    <message>
        <source>Override and continue</source>
        <translation>Åsidosätt och fortsätt</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>Filen kan inte importeras</translation>
    </message>
    <message>
        <source>Reading the review package…</source>
        <translation>Läser granskningspaketet…</translation>
    </message>
    <message>
        <source>The review package could not be read: %1</source>
        <translation>Granskningspaketet kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Copying the images and videos…</source>
        <translation>Kopierar bilder och videor…</translation>
    </message>
    <message>
        <source>The images and videos of the review package could not be saved (%1). Nothing was imported; free some disk space and import the file again.</source>
        <translation>Granskningspaketets bilder och videor kunde inte sparas (%1). Ingenting importerades; frigör diskutrymme och importera filen igen.</translation>
    </message>
</context>
<context>
    <name>PaidForm</name>
    <message>
        <source>P&amp;aid or boosted post</source>
        <translation>&amp;Betalt eller sponsrat inlägg</translation>
    </message>
    <message>
        <source>Paid or boosted post</source>
        <translation>Betalt eller sponsrat inlägg</translation>
    </message>
    <message>
        <source>Tick when money is used to show the post to more people; the guidelines ask who decided it and who was told</source>
        <translation>Kryssa för när pengar används för att visa inlägget för fler; riktlinjerna kräver uppgift om vem som beslutade och vem som informerades</translation>
    </message>
    <message>
        <source>Who decided the paid campaign</source>
        <translation>Vem som beslutade om den betalda kampanjen</translation>
    </message>
    <message>
        <source>The person who decided on the paid campaign, usually the unit director</source>
        <translation>Personen som beslutade om den betalda kampanjen, oftast enhetens chef</translation>
    </message>
    <message>
        <source>Who was notified</source>
        <translation>Vem kampanjen anmäldes till</translation>
    </message>
    <message>
        <source>The team or person the campaign was reported to</source>
        <translation>Teamet eller personen som kampanjen anmäldes till</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Anmäld den</translation>
    </message>
    <message>
        <source>The communications team has been notified</source>
        <translation>Kampanjen har anmälts till kommunikationen</translation>
    </message>
    <message>
        <source>Tick once the campaign has been reported, and give the date</source>
        <translation>Kryssa för när kampanjen har anmälts och ange datumet</translation>
    </message>
    <message>
        <source>Date of the notification</source>
        <translation>Datum för anmälan</translation>
    </message>
    <message>
        <source>The day the campaign was reported</source>
        <translation>Dagen då kampanjen anmäldes</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Notified to</source>
        <translation>Anmäld till</translation>
    </message>
    <message>
        <source>The guidelines say: paid marketing is decided by %1 and notified to %2.</source>
        <translation>Enligt riktlinjerna fattar %1 beslut om betald marknadsföring, och den anmäls till %2.</translation>
    </message>
    <message>
        <source>Name, e.g. %1</source>
        <translation>Namn, t.ex. %1</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Who is in it? Not recorded</source>
        <translation>Vem finns på bilden? Inte angett</translation>
    </message>
    <message>
        <source>Nobody recognisable</source>
        <translation>Inga igenkännbara personer</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <source>Children (under 18)</source>
        <translation>Barn (under 18 år)</translation>
    </message>
    <message>
        <source>Crowd at a public event</source>
        <translation>Publik vid ett offentligt evenemang</translation>
    </message>
    <message>
        <source>Who can be recognised in it; recognisable people, and children above all, need their consent recorded</source>
        <translation>Vem som kan kännas igen; igenkännbara personer, och framför allt barn, behöver ett registrerat samtycke</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Who is in video {number}</source>
        <translation>Vem finns i video {number}</translation>
    </message>
    <message>
        <source>Who is in image {number}</source>
        <translation>Vem finns på bild {number}</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Post text</source>
        <translation>Inläggets text</translation>
    </message>
    <message>
        <source>The text of the post. Findings are underlined: wavy for errors, solid for warnings, dashed for notes; F8 goes to the next one. A dashed line across marks where the channel hides the rest behind “See more”. Tab moves on to the next field.</source>
        <translation>Inläggets text. Anmärkningar är understrukna: vågigt för fel, helt för varningar, streckat för observationer; F8 går till nästa. En streckad linje tvärs över visar var kanalen döljer resten bakom ”Visa mer”. Tabb går vidare till nästa fält.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Begär ändringar</translation>
    </message>
    <message>
        <source>What should be changed? The note is kept with the draft.</source>
        <translation>Vad ska ändras? Anteckningen sparas med utkastet.</translation>
    </message>
    <message>
        <source>Save the review package</source>
        <translation>Spara granskningspaketet</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file back to %2; they open it with Draft ▸ Import review package.</source>
        <translation>Granskningspaketet %1 sparades. Skicka tillbaka filen till %2; hen öppnar den med Utkast ▸ Importera granskningspaket.</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file to the reviewer; they open it with Draft ▸ Import review package.</source>
        <translation>Granskningspaketet %1 sparades. Skicka filen till granskaren; hen öppnar den med Utkast ▸ Importera granskningspaket.</translation>
    </message>
    <message>
        <source>Somevahti review package</source>
        <translation>Somevahti-granskningspaket</translation>
    </message>
    <message>
        <source>Import a review package</source>
        <translation>Importera ett granskningspaket</translation>
    </message>
    <message>
        <source>Opened the draft %1 sent for review.</source>
        <translation>Öppnade utkastet som %1 skickade till granskning.</translation>
    </message>
    <message>
        <source>Took the edits %1 made; comments and the review state are merged.</source>
        <translation>Tog in ändringarna som %1 gjorde; kommentarerna och granskningsläget slogs ihop.</translation>
    </message>
    <message>
        <source>Kept your edits; comments and the review state from %1 are merged.</source>
        <translation>Dina ändringar behölls; kommentarerna och granskningsläget från %1 slogs ihop.</translation>
    </message>
    <message>
        <source>Merged the comments and the review state from %1.</source>
        <translation>Kommentarerna och granskningsläget från %1 slogs ihop.</translation>
    </message>
    <message>
        <source>Resolved the conflict with %1&apos;s edits; comments and the review state are merged.</source>
        <translation>Konflikten löstes med ändringarna som %1 gjorde; kommentarerna och granskningsläget slogs ihop.</translation>
    </message>
    <message>
        <source>Nothing new in this file from %1.</source>
        <translation>Filen från %1 innehöll inget nytt.</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>den andra parten</translation>
    </message>
    <message>
        <source>Restored the revision; the text before it is in the history.</source>
        <translation>Versionen återställdes; den tidigare texten finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Riktlinjepaket</translation>
    </message>
    <message>
        <source>The draft names the guideline pack “%1”, which this computer does not have. It is checked with your default pack “%2” instead.</source>
        <translation>Utkastet anger riktlinjepaketet ”%1”, som inte finns på den här datorn. Det kontrolleras i stället med ditt standardpaket ”%2”.</translation>
    </message>
</context>
<context>
    <name>RolePackBar</name>
    <message>
        <source>Author&apos;s role</source>
        <translation>Skribentens roll</translation>
    </message>
    <message>
        <source>In whose name the post speaks; the checks and the before-publishing list follow it</source>
        <translation>I vems namn inlägget talar; kontrollerna och listan före publicering följer det</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Riktlinjepaket</translation>
    </message>
    <message>
        <source>Whose social media guidelines the checks follow</source>
        <translation>Vems riktlinjer för sociala medier kontrollerna följer</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>Allmänt (bas)</translation>
    </message>
    <message>
        <source>Po&amp;sting</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>Rikt&amp;linjer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Somevahti changes to the new language the next time it starts.</source>
        <translation>Somevahti byter till det nya språket nästa gång programmet startar.</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>Allmänt (bas)</translation>
    </message>
    <message>
        <source>Guideline pack for new drafts</source>
        <translation>Riktlinjepaket för nya utkast</translation>
    </message>
    <message>
        <source>Maija Virtanen, library</source>
        <translation>Maija Virtanen, biblioteket</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Mapp för utkast</translation>
    </message>
    <message>
        <source>Open the drafts folder</source>
        <translation>Öppna mappen för utkast</translation>
    </message>
    <message>
        <source>Packs folder</source>
        <translation>Mapp för riktlinjepaket</translation>
    </message>
    <message>
        <source>Open the packs folder</source>
        <translation>Öppna mappen för riktlinjepaket</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Guideline &amp;pack for new drafts</source>
        <translation>&amp;Riktlinjepaket för nya utkast</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Your drafts, their history and approvals are kept here, on this computer only.</source>
        <translation>Dina utkast, deras historik och godkännanden sparas här, bara på den här datorn.</translation>
    </message>
    <message>
        <source>Put your own guideline packs (.toml files) here; Somevahti finds them at its next start.</source>
        <translation>Lägg dina egna riktlinjepaket (.toml-filer) här; Somevahti hittar dem nästa gång programmet startar.</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, kirjasto”).</source>
        <translation>Ditt namn visas med dina utkast, kommentarer och godkännanden (till exempel ”Maija Virtanen, biblioteket”).</translation>
    </message>
</context>
<context>
    <name>VersionEditorPanel</name>
    <message>
        <source>Show this version in this pane (Ctrl+Shift+L moves between the versions).</source>
        <translation>Visa den här versionen i den här rutan (Ctrl+Shift+L flyttar mellan versionerna).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <source>This version has been checked against the other one and is up to date.</source>
        <translation>Den här versionen har granskats mot den andra och är aktuell.</translation>
    </message>
    <message>
        <source>Add Swedish version</source>
        <translation>Lägg till svensk version</translation>
    </message>
    <message>
        <source>Add English version</source>
        <translation>Lägg till engelsk version</translation>
    </message>
    <message>
        <source>Start a Swedish version of this post, written and checked beside the Finnish one.</source>
        <translation>Börja en svensk version av inlägget, som skrivs och granskas bredvid den finska.</translation>
    </message>
    <message>
        <source>Start an English version of this post, written and checked beside the Finnish one.</source>
        <translation>Börja en engelsk version av inlägget, som skrivs och granskas bredvid den finska.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Add or remove a language version</source>
        <translation>Lägg till eller ta bort en språkversion</translation>
    </message>
    <message>
        <source>Remove this version…</source>
        <translation>Ta bort den här versionen…</translation>
    </message>
    <message>
        <source>Separate posts per language</source>
        <translation>Separata inlägg per språk</translation>
    </message>
    <message>
        <source>One bilingual post (Finnish first)</source>
        <translation>Ett tvåspråkigt inlägg (finska först)</translation>
    </message>
    <message>
        <source>How this channel publishes the language versions</source>
        <translation>Hur den här kanalen publicerar språkversionerna</translation>
    </message>
    <message>
        <source>Safety or health information</source>
        <translation>Säkerhets- eller hälsoinformation</translation>
    </message>
    <message>
        <source>Information on life, health, safety, property or the environment must be given in Finnish and Swedish (Language Act 423/2003, section 32).</source>
        <translation>Information om liv, hälsa, säkerhet, egendom eller miljön ska ges på finska och svenska (språklagen 423/2003, 32 §).</translation>
    </message>
    <message>
        <source>Next language version</source>
        <translation>Nästa språkversion</translation>
    </message>
    <message>
        <source>Remove this version (%1)…</source>
        <translation>Ta bort den här versionen (%1)…</translation>
    </message>
    <message>
        <source>The guideline pack requires this version.</source>
        <translation>Riktlinjepaketet kräver den här versionen.</translation>
    </message>
    <message>
        <source>One post in every language (Finnish first)</source>
        <translation>Ett inlägg på alla språk (finska först)</translation>
    </message>
    <message>
        <source>Write the Swedish version here.</source>
        <translation>Skriv den svenska versionen här.</translation>
    </message>
    <message>
        <source>Write the English version here.</source>
        <translation>Skriv den engelska versionen här.</translation>
    </message>
    <message>
        <source>Version %1 may be out of date: version %2 was edited after it.</source>
        <translation>Versionen %1 kan vara inaktuell: versionen %2 har redigerats efter den.</translation>
    </message>
    <message>
        <source>Swedish version (SV)</source>
        <translation>Svensk version (SV)</translation>
    </message>
    <message>
        <source>English version (EN)</source>
        <translation>Engelsk version (EN)</translation>
    </message>
    <message>
        <source>Finnish version (FI)</source>
        <translation>Finsk version (FI)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the combined post</source>
        <translation>%1: %2 / %3 i det kombinerade inlägget</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the bilingual post</source>
        <translation>%1: %2 / %3 i det tvåspråkiga inlägget</translation>
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
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Bring the removed language version back with its text.</source>
        <translation>Återställ den borttagna språkversionen med dess text.</translation>
    </message>
    <message>
        <source>Remove language version</source>
        <translation>Ta bort språkversion</translation>
    </message>
    <message>
        <source>Remove version %1 and its text from this draft? Undo in the version pane brings it back.</source>
        <translation>Ta bort versionen %1 och dess text från utkastet? Ångra i versionsrutan tar tillbaka den.</translation>
    </message>
    <message>
        <source>Version %1 was removed.</source>
        <translation>Versionen %1 togs bort.</translation>
    </message>
</context>
<context>
    <name>VersionSwitch</name>
    <message>
        <source>Shown version:</source>
        <translation>Visad version:</translation>
    </message>
    <message>
        <source>Show this version&apos;s editor (Ctrl+Shift+L moves to the next version).</source>
        <translation>Visa den här versionens redigeringsfält (Ctrl+Shift+L går till nästa version).</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Side column</source>
        <translation>Sidokolumn</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>What the checks found in the text and media</source>
        <translation>Vad kontrollerna hittade i texten och bilderna</translation>
    </message>
    <message>
        <source>Things to check yourself before publishing</source>
        <translation>Sådant du själv kontrollerar före publicering</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft</source>
        <translation>Teamets kommentarer på utkastet</translation>
    </message>
    <message>
        <source>How the post looks on each channel</source>
        <translation>Hur inlägget ser ut i varje kanal</translation>
    </message>
    <message>
        <source>&amp;Drafts list</source>
        <translation>&amp;Utkastlista</translation>
    </message>
    <message>
        <source>&amp;Side column</source>
        <translation>&amp;Sidokolumn</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Anmärkningar</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Checklista</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentarer</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Förhands&amp;visning</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
</context>
<context>
    <name>WindowStorage</name>
    <message>
        <source>The stored drafts could not be read: %1</source>
        <translation>De sparade utkasten kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>A stored draft could not be read and was left as it is: %1</source>
        <translation>Ett sparat utkast kunde inte läsas och lämnades orört: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Review state</source>
        <translation>Granskningsläge</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Granskarens anteckning</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Skicka till granskning</translation>
    </message>
    <message>
        <source>Review package…</source>
        <translation>Granskningspaket…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Godkänn…</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Begär ändringar…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Läge: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks for changes:</source>
        <translation>%1 ber om ändringar:</translation>
    </message>
    <message>
        <source>%1 approved with a note:</source>
        <translation>%1 godkände med en anteckning:</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Anteckning från %1:</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</source>
        <translation>%1: &lt;b&gt;ändrat efter godkännandet&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: godkänt av %2</translation>
    </message>
    <message>
        <source>verified: a team reviewer&apos;s key (%1)</source>
        <translation>verifierat: en granskares nyckel i teamet (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;signed by an unknown key&lt;/b&gt; (%1): not the team&apos;s</source>
        <translation>&lt;b&gt;signerat med okänd nyckel&lt;/b&gt; (%1): inte teamets</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsigned&lt;/b&gt;</source>
        <translation>&lt;b&gt;osignerat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;invalid&lt;/b&gt;: the record does not hold (altered, stripped or copied)</source>
        <translation>&lt;b&gt;ogiltigt&lt;/b&gt;: godkännandet håller inte (ändrat, signatur borttagen eller kopierat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;the author&apos;s own approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;författarens eget godkännande&lt;/b&gt;</translation>
    </message>
</context>
</TS>
