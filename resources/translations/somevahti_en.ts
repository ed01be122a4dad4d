<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark the draft ready for a reviewer (Ctrl+Shift+R); errors must be fixed or ignored with a reason first</source>
        <translation>Mark the draft ready for a reviewer (Ctrl+Shift+R); errors must be fixed or ignored with a reason first</translation>
    </message>
    <message>
        <source>Save the draft as one file to send to a reviewer who works offline (Ctrl+Shift+S)</source>
        <translation>Save the draft as one file to send to a reviewer who works offline (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Approve exactly this content with your name and signature (Ctrl+Shift+A)</source>
        <translation>Approve exactly this content with your name and signature (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Send the draft back to its author with a note on what to change</source>
        <translation>Send the draft back to its author with a note on what to change</translation>
    </message>
    <message>
        <source>Take the draft back to editing; approvals no longer hold after a change</source>
        <translation>Take the draft back to editing; approvals no longer hold after a change</translation>
    </message>
    <message>
        <source>Put the draft away; it can be reopened</source>
        <translation>Put the draft away; it can be reopened</translation>
    </message>
    <message>
        <source>Earlier versions of the draft and its review steps (Ctrl+H)</source>
        <translation>Earlier versions of the draft and its review steps (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve “%1”</source>
        <translation>Approve “%1”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>People and consent</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>You approve the exact text, images, alt texts, captions, role and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</source>
        <translation>You approve the exact text, images, alt texts, captions, role and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</translation>
    </message>
    <message>
        <source>You approve as %1 (the name in Settings).</source>
        <translation>You approve as %1 (the name in Settings).</translation>
    </message>
    <message>
        <source>Overridden errors</source>
        <translation>Overridden errors</translation>
    </message>
    <message>
        <source>Errors overridden by the author, with their reasons:</source>
        <translation>Errors overridden by the author, with their reasons:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <source>Preview channel</source>
        <translation>Preview channel</translation>
    </message>
    <message>
        <source>The channel whose look the preview shows; it follows the channel tab you edit</source>
        <translation>The channel whose look the preview shows; it follows the channel tab you edit</translation>
    </message>
    <message>
        <source>Show whole text</source>
        <translation>Show whole text</translation>
    </message>
    <message>
        <source>Show the whole text in the preview</source>
        <translation>Show the whole text in the preview</translation>
    </message>
    <message>
        <source>Show the text past the channel&apos;s “See more” point too</source>
        <translation>Show the text past the channel&apos;s “See more” point too</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Copy this channel&apos;s text</source>
        <translation>Copy this channel&apos;s text</translation>
    </message>
    <message>
        <source>Copy the text as this channel gets it, ready to paste</source>
        <translation>Copy the text as this channel gets it, ready to paste</translation>
    </message>
    <message>
        <source>Channel preview</source>
        <translation>Channel preview</translation>
    </message>
    <message>
        <source>The post as the chosen channel shows it</source>
        <translation>The post as the chosen channel shows it</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Channel variants</source>
        <translation>Channel variants</translation>
    </message>
    <message>
        <source>The master text and one tab per channel (Ctrl+PgDown, Ctrl+PgUp). “● 2” on a tab: two errors in that channel&apos;s text.</source>
        <translation>The master text and one tab per channel (Ctrl+PgDown, Ctrl+PgUp). “● 2” on a tab: two errors in that channel&apos;s text.</translation>
    </message>
    <message>
        <source>Channels of this post</source>
        <translation>Channels of this post</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Channels…</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Choose channels</translation>
    </message>
    <message>
        <source>Tick every channel this post goes to; the menu stays open until you press Esc or click elsewhere</source>
        <translation>Tick every channel this post goes to; the menu stays open until you press Esc or click elsewhere</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Follow the master text again</translation>
    </message>
    <message>
        <source>Reset variant to the master text</source>
        <translation>Reset variant to the master text</translation>
    </message>
    <message>
        <source>Replace this channel&apos;s own text with the master text</source>
        <translation>Replace this channel&apos;s own text with the master text</translation>
    </message>
    <message>
        <source>Master text</source>
        <translation>Master text</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“● %n” on the tab: %n error(s) in this channel&apos;s text.</source>
        <translation>
            <numerusform>“● %n” on the tab: %n error in this channel&apos;s text.</numerusform>
            <numerusform>“● %n” on the tab: %n errors in this channel&apos;s text.</numerusform>
        </translation>
    </message>
    <message>
        <source>The master text: every channel that is not edited follows it.</source>
        <translation>The master text: every channel that is not edited follows it.</translation>
    </message>
    <message>
        <source>Follows the master text. Typing here makes a separate version for this channel.</source>
        <translation>Follows the master text. Typing here makes a separate version for this channel.</translation>
    </message>
    <message>
        <source>Edited for this channel: changes to the master text no longer reach it.</source>
        <translation>Edited for this channel: changes to the master text no longer reach it.</translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>The checks stopped with an error; they run again after the next edit. (%1)</source>
        <translation>The checks stopped with an error; they run again after the next edit. (%1)</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Before publishing — check yourself</source>
        <translation>Before publishing — check yourself</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Things no check can see for you. Tick each one with Space once you have seen to it.</source>
        <translation>Things no check can see for you. Tick each one with Space once you have seen to it.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft, oldest first</source>
        <translation>The team&apos;s comments on this draft, oldest first</translation>
    </message>
    <message>
        <source>No comments yet. Comments are for the team: they go with review packages and are never exported.</source>
        <translation>No comments yet. Comments are for the team: they go with review packages and are never exported.</translation>
    </message>
    <message>
        <source>Write a comment for the team</source>
        <translation>Write a comment for the team</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>A comment for the team; it goes with review packages and is never exported</source>
        <translation>A comment for the team; it goes with review packages and is never exported</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Add the comment to the draft with your name</source>
        <translation>Add the comment to the draft with your name</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 asked for changes</source>
        <translation>%1 asked for changes</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 approved</translation>
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
        <translation>the other side</translation>
    </message>
    <message>
        <source>Both of you edited “%1”</source>
        <translation>Both of you edited “%1”</translation>
    </message>
    <message>
        <source>%1 edited this draft, and so did you, since it was sent. Choose which content to keep; comments, approvals and the review state are merged either way.</source>
        <translation>%1 edited this draft, and so did you, since it was sent. Choose which content to keep; comments, approvals and the review state are merged either way.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Theirs&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(channel not chosen)</source>
        <translation>(channel not chosen)</translation>
    </message>
    <message>
        <source>%1 text, %2</source>
        <translation>%1 text, %2</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>Also different: %1</source>
        <translation>Also different: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <source>images and videos</source>
        <translation>images and videos</translation>
    </message>
    <message>
        <source>paid-campaign record</source>
        <translation>paid-campaign record</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>guideline pack</source>
        <translation>guideline pack</translation>
    </message>
    <message>
        <source>consents of people named in the text</source>
        <translation>consents of people named in the text</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Who agreed to “%1” being named in this post, how and when. The record is kept with the draft and shown to the reviewer; it never appears in the post.</source>
        <translation>Who agreed to “%1” being named in this post, how and when. The record is kept with the draft and shown to the reviewer; it never appears in the post.</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Name of the person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>A guardian</source>
        <translation>A guardian</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>School photo-permission register</source>
        <translation>School photo-permission register</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Form number (optional)</source>
        <translation>Form number (optional)</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Consent reference</translation>
    </message>
    <message>
        <source>Who gave the consent: the person, or a guardian for a child</source>
        <translation>Who gave the consent: the person, or a guardian for a child</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <source>The day the consent was given</source>
        <translation>The day the consent was given</translation>
    </message>
    <message>
        <source>Where the consent can be found, e.g. a form number</source>
        <translation>Where the consent can be found, e.g. a form number</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>CounterStrip</name>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>weighted characters (links 23, emoji 2)</source>
        <translation>weighted characters (links 23, emoji 2)</translation>
    </message>
    <message>
        <source>characters as people see them</source>
        <translation>characters as people see them</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>characters (emoji count as bytes)</source>
        <translation>characters (emoji count as bytes)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 of %3 %4</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Your drafts with their review state. Ctrl+N starts a new one, F2 renames, Ctrl+Del deletes.</source>
        <translation>Your drafts with their review state. Ctrl+N starts a new one, F2 renames, Ctrl+Del deletes.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>%1. Approval: %2.</source>
        <translation>%1. Approval: %2.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title (only you and reviewers see it)</source>
        <translation>Title (only you and reviewers see it)</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>Draft title</translation>
    </message>
    <message>
        <source>A name for the draft in your drafts list; suggested from the text&apos;s first words until you write your own</source>
        <translation>A name for the draft in your drafts list; suggested from the text&apos;s first words until you write your own</translation>
    </message>
    <message>
        <source>Write the post here. Checks run as you type; what they find is listed on the right and underlined in the text.

Choose the channels with “Channels…” above the text. Add images in the tab below. When the text is ready, send it for review.</source>
        <translation>Write the post here. Checks run as you type; what they find is listed on the right and underlined in the text.

Choose the channels with “Channels…” above the text. Add images in the tab below. When the text is ready, send it for review.</translation>
    </message>
    <message>
        <source>No draft open. Press Ctrl+N to start a new one.</source>
        <translation>No draft open. Press Ctrl+N to start a new one.</translation>
    </message>
    <message>
        <source>Images and paid visibility</source>
        <translation>Images and paid visibility</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos with their alt texts and captions</source>
        <translation>The post&apos;s images and videos with their alt texts and captions</translation>
    </message>
    <message>
        <source>Whether the post is paid or boosted, and who decided and was told</source>
        <translation>Whether the post is paid or boosted, and who decided and was told</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Images and videos</translation>
    </message>
    <message>
        <source>Paid visibility: on</source>
        <translation>Paid visibility: on</translation>
    </message>
    <message>
        <source>Paid visibility</source>
        <translation>Paid visibility</translation>
    </message>
    <message>
        <source>%1 shows about %2 characters before “See more”; the rest is hidden at first.</source>
        <translation>%1 shows about %2 characters before “See more”; the rest is hidden at first.</translation>
    </message>
    <message>
        <source>Follow the master text again</source>
        <translation>Follow the master text again</translation>
    </message>
    <message>
        <source>%1 has its own text. Following the master text again replaces it with the master text. The %1 text is kept in History, where you can restore it.</source>
        <translation>%1 has its own text. Following the master text again replaces it with the master text. The %1 text is kept in History, where you can restore it.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Copy the master text</source>
        <translation>&amp;Copy the master text</translation>
    </message>
    <message>
        <source>&amp;Copy %1 text</source>
        <translation>&amp;Copy %1 text</translation>
    </message>
    <message>
        <source>Master text copied – %1 characters.</source>
        <translation>Master text copied – %1 characters.</translation>
    </message>
    <message>
        <source>%1 text copied – %2 characters.</source>
        <translation>%1 text copied – %2 characters.</translation>
    </message>
    <message>
        <source>Copied the texts for %1 and the alt texts.</source>
        <translation>Copied the texts for %1 and the alt texts.</translation>
    </message>
    <message>
        <source>Copied the texts for %1.</source>
        <translation>Copied the texts for %1.</translation>
    </message>
    <message>
        <source>Not approved yet: paste it only into a draft post.</source>
        <translation>Not approved yet: paste it only into a draft post.</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the approved version.</source>
        <translation>Export it anyway? Every file will then be marked LUONNOS / UTKAST / DRAFT, so nobody takes it for the approved version.</translation>
    </message>
    <message>
        <source>Export a draft</source>
        <translation>Export a draft</translation>
    </message>
    <message>
        <source>Export to which folder? A new folder is made in it.</source>
        <translation>Export to which folder? A new folder is made in it.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>Exported “%1” to %2.</translation>
    </message>
    <message>
        <source>Exported “%1” as a draft to %2. Every file is marked LUONNOS / UTKAST / DRAFT.</source>
        <translation>Exported “%1” as a draft to %2. Every file is marked LUONNOS / UTKAST / DRAFT.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>What the checks found, grouped by topic, most serious first. Enter or a click shows the place in the text; F8 and Shift+F8 step through the findings.</source>
        <translation>What the checks found, grouped by topic, most serious first. Enter or a click shows the place in the text; F8 and Shift+F8 step through the findings.</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Fix</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Apply the suggested fix</translation>
    </message>
    <message>
        <source>Replace the marked text with the suggestion (Ctrl+.); Ctrl+Z undoes it</source>
        <translation>Replace the marked text with the suggestion (Ctrl+.); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>&amp;Ignore…</source>
        <translation>&amp;Ignore…</translation>
    </message>
    <message>
        <source>Ignore this finding, with a reason</source>
        <translation>Ignore this finding, with a reason</translation>
    </message>
    <message>
        <source>Hide this finding for this draft; the reason you give is shown to reviewers (Ctrl+Shift+I)</source>
        <translation>Hide this finding for this draft; the reason you give is shown to reviewers (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Record the named person&apos;s consent</source>
        <translation>Record the named person&apos;s consent</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Show this ignored finding again</source>
        <translation>Show this ignored finding again</translation>
    </message>
    <message>
        <source>Put the selected ignored finding back among the findings</source>
        <translation>Put the selected ignored finding back among the findings</translation>
    </message>
    <message>
        <source>Ignored (%1)</source>
        <translation>Ignored (%1)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: “%1”</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”</source>
        <translation>Fix: replace with “%1”</translation>
    </message>
    <message>
        <source>Fix: remove it from the text</source>
        <translation>Fix: remove it from the text</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>In the text: a wavy red underline marks an error, a solid brown one a warning, a dashed blue one a note. A dashed line across the editor marks where the channel folds the post (“See more”).</source>
        <translation>In the text: a wavy red underline marks an error, a solid brown one a warning, a dashed blue one a note. A dashed line across the editor marks where the channel folds the post (“See more”).</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) overridden with a reason</source>
        <translation>
            <numerusform>%n error overridden with a reason</numerusform>
            <numerusform>%n errors overridden with a reason</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking the latest changes…</source>
        <translation>%1 — checking the latest changes…</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>No file manager could open %1. The path can be copied from the field.</source>
        <translation>No file manager could open %1. The path can be copied from the field.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Text of the chosen revision</source>
        <translation>Text of the chosen revision</translation>
    </message>
    <message>
        <source>No earlier revisions yet. Somevahti keeps one every five minutes of editing, when the review state changes and before a restore.</source>
        <translation>No earlier revisions yet. Somevahti keeps one every five minutes of editing, when the review state changes and before a restore.</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>before a pause</source>
        <translation>before a pause</translation>
    </message>
    <message>
        <source>review state changed</source>
        <translation>review state changed</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before merging a change saved elsewhere</source>
        <translation>before merging a change saved elsewhere</translation>
    </message>
    <message>
        <source>before a channel followed the master text again</source>
        <translation>before a channel followed the master text again</translation>
    </message>
    <message>
        <source>before a language version was removed</source>
        <translation>before a language version was removed</translation>
    </message>
</context>
<context>
    <name>IncomingRecordsDialog</name>
    <message>
        <source>Team records in the package</source>
        <translation>Team records in the package</translation>
    </message>
    <message>
        <source>The package from %1 adds these records to the draft. Add them only if you expect them.</source>
        <translation>The package from %1 adds these records to the draft. Add them only if you expect them.</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>the other side</translation>
    </message>
    <message>
        <source>Records to add</source>
        <translation>Records to add</translation>
    </message>
    <message>
        <source>Records refused</source>
        <translation>Records refused</translation>
    </message>
    <message>
        <source>Refused (never added):</source>
        <translation>Refused (never added):</translation>
    </message>
    <message>
        <source>Add these records</source>
        <translation>Add these records</translation>
    </message>
    <message>
        <source>Import without them</source>
        <translation>Import without them</translation>
    </message>
    <message>
        <source>Comment by %1, %2: %3</source>
        <translation>Comment by %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 moved the draft to “%2”, %3</source>
        <translation>%1 moved the draft to “%2”, %3</translation>
    </message>
    <message>
        <source>Approval of %1 by %2, %3</source>
        <translation>Approval of %1 by %2, %3</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>dated in the future</translation>
    </message>
    <message>
        <source>no valid date</source>
        <translation>no valid date</translation>
    </message>
    <message>
        <source>the approval record does not hold (altered, stripped of its signature or copied from another draft)</source>
        <translation>the approval record does not hold (altered, stripped of its signature or copied from another draft)</translation>
    </message>
    <message>
        <source>approved by the draft&apos;s own author</source>
        <translation>approved by the draft&apos;s own author</translation>
    </message>
    <message>
        <source>an unsigned approval cannot replace a signed one</source>
        <translation>an unsigned approval cannot replace a signed one</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>&amp;Language versions</source>
        <translation>&amp;Language versions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Loading the language model… structural checks are already on.</source>
        <translation>Loading the language model… structural checks are already on.</translation>
    </message>
    <message>
        <source>Language model loading</source>
        <translation>Language model loading</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Language checks (names, terms, tone) start when the language model has loaded.</source>
        <translation>Language checks (names, terms, tone) start when the language model has loaded.</translation>
    </message>
    <message>
        <source>Waiting for the checks to finish…</source>
        <translation>Waiting for the checks to finish…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>The checks have not finished yet (the language model may still be loading). Try again in a moment.</source>
        <translation>The checks have not finished yet (the language model may still be loading). Try again in a moment.</translation>
    </message>
    <message>
        <source>Language model loaded: all checks are on.</source>
        <translation>Language model loaded: all checks are on.</translation>
    </message>
    <message>
        <source>Ignore finding</source>
        <translation>Ignore finding</translation>
    </message>
    <message>
        <source>Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers.</source>
        <translation>Why is this finding not a problem here? The reason is kept with the draft and shown to reviewers.</translation>
    </message>
    <message>
        <source>Stored drafts</source>
        <translation>Stored drafts</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>D&amp;uplicate draft</source>
        <translation>D&amp;uplicate draft</translation>
    </message>
    <message>
        <source>&amp;Rename draft</source>
        <translation>&amp;Rename draft</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>Res&amp;tore deleted draft</source>
        <translation>Res&amp;tore deleted draft</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <source>Apply &amp;fix</source>
        <translation>Apply &amp;fix</translation>
    </message>
    <message>
        <source>&amp;Ignore finding…</source>
        <translation>&amp;Ignore finding…</translation>
    </message>
    <message>
        <source>&amp;Go to findings</source>
        <translation>&amp;Go to findings</translation>
    </message>
    <message>
        <source>Add &amp;image or video…</source>
        <translation>Add &amp;image or video…</translation>
    </message>
    <message>
        <source>Next c&amp;hannel</source>
        <translation>Next c&amp;hannel</translation>
    </message>
    <message>
        <source>Previous ch&amp;annel</source>
        <translation>Previous ch&amp;annel</translation>
    </message>
    <message>
        <source>&amp;Send for review</source>
        <translation>&amp;Send for review</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Request &amp;changes…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Save review &amp;package…</source>
        <translation>Save review &amp;package…</translation>
    </message>
    <message>
        <source>&amp;Import review package…</source>
        <translation>&amp;Import review package…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Write a co&amp;mment</source>
        <translation>Write a co&amp;mment</translation>
    </message>
    <message>
        <source>&amp;Copy channel text</source>
        <translation>&amp;Copy channel text</translation>
    </message>
    <message>
        <source>Copy &amp;all texts and alt texts</source>
        <translation>Copy &amp;all texts and alt texts</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export my public &amp;key…</source>
        <translation>Export my public &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>MediaCard</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Describe the image for people who cannot see it</translation>
    </message>
    <message>
        <source>Has captions (subtitles)</source>
        <translation>Has captions (subtitles)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Image {number}</translation>
    </message>
    <message>
        <source>Remove image {number}</source>
        <translation>Remove image {number}</translation>
    </message>
    <message>
        <source>Thumbnail of image {number}</source>
        <translation>Thumbnail of image {number}</translation>
    </message>
    <message>
        <source>Alt text for image {number}</source>
        <translation>Alt text for image {number}</translation>
    </message>
    <message>
        <source>Read aloud to people who cannot see image {number}; the counters below show each channel&apos;s limit</source>
        <translation>Read aloud to people who cannot see image {number}; the counters below show each channel&apos;s limit</translation>
    </message>
    <message>
        <source>Video {number}</source>
        <translation>Video {number}</translation>
    </message>
    <message>
        <source>Remove video {number}</source>
        <translation>Remove video {number}</translation>
    </message>
    <message>
        <source>Video {number} has captions (subtitles)</source>
        <translation>Video {number} has captions (subtitles)</translation>
    </message>
    <message>
        <source>Tick when video {number} has captions burnt in or as a file</source>
        <translation>Tick when video {number} has captions burnt in or as a file</translation>
    </message>
    <message>
        <source>{channel} {count} / {limit}</source>
        <translation>{channel} {count} / {limit}</translation>
    </message>
    <message>
        <source>{channel}: alt text {count} of {limit} characters</source>
        <translation>{channel}: alt text {count} of {limit} characters</translation>
    </message>
    <message>
        <source>{over} characters over the limit</source>
        <translation>{over} characters over the limit</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Images and videos</source>
        <translation>Images and videos</translation>
    </message>
    <message>
        <source>The post&apos;s images and videos. Paste an image here with Ctrl+V or drop files here; each image has its alt text.</source>
        <translation>The post&apos;s images and videos. Paste an image here with Ctrl+V or drop files here; each image has its alt text.</translation>
    </message>
    <message>
        <source>Add image or video…</source>
        <translation>Add image or video…</translation>
    </message>
    <message>
        <source>Add image or video</source>
        <translation>Add image or video</translation>
    </message>
    <message>
        <source>You can also drop files here or paste an image with Ctrl+V</source>
        <translation>You can also drop files here or paste an image with Ctrl+V</translation>
    </message>
    <message>
        <source>No images or videos yet. Add them with the button, drop files here or paste with Ctrl+V.</source>
        <translation>No images or videos yet. Add them with the button, drop files here or paste with Ctrl+V.</translation>
    </message>
    <message>
        <source>A post can have at most {limit} images and videos; “{name}” was not added.</source>
        <translation>A post can have at most {limit} images and videos; “{name}” was not added.</translation>
    </message>
    <message>
        <source>“{name}” was not found.</source>
        <translation>“{name}” was not found.</translation>
    </message>
    <message>
        <source>“{name}” is not an image or a video.</source>
        <translation>“{name}” is not an image or a video.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an image.</source>
        <translation>“{name}” could not be read as an image.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Add images or videos</source>
        <translation>Add images or videos</translation>
    </message>
    <message>
        <source>The clipboard has no image or file to add.</source>
        <translation>The clipboard has no image or file to add.</translation>
    </message>
    <message>
        <source>Nothing to add in what was dropped.</source>
        <translation>Nothing to add in what was dropped.</translation>
    </message>
    <message>
        <source>This draft has {count} images and videos, but a post can have at most {limit}. Only the first {limit} are shown; remove some to see the rest.</source>
        <translation>This draft has {count} images and videos, but a post can have at most {limit}. Only the first {limit} are shown; remove some to see the rest.</translation>
    </message>
    <message>
        <source>Faces found: who is in this picture?</source>
        <translation>Faces found: who is in this picture?</translation>
    </message>
    <message>
        <source>Who is in this picture?</source>
        <translation>Who is in this picture?</translation>
    </message>
    <message>
        <source>Who is in the picture was filled in from an earlier draft with the same file – check it.</source>
        <translation>Who is in the picture was filled in from an earlier draft with the same file – check it.</translation>
    </message>
</context>
<context>
    <name>MyIdentity</name>
    <message>
        <source>This guideline pack accepts unsigned approvals, so yours will be recorded unsigned.</source>
        <translation>This guideline pack accepts unsigned approvals, so yours will be recorded unsigned.</translation>
    </message>
    <message>
        <source>This guideline pack accepts only signed approvals, so approving is not possible here.</source>
        <translation>This guideline pack accepts only signed approvals, so approving is not possible here.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>The passphrase of your approval signing key:</source>
        <translation>The passphrase of your approval signing key:</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>New signing key</translation>
    </message>
    <message>
        <source>There is no system keyring here, so your approval signing key is kept in a file protected by a passphrase. Choose one (at least %1 characters); it is asked each time you approve.</source>
        <translation>There is no system keyring here, so your approval signing key is kept in a file protected by a passphrase. Choose one (at least %1 characters); it is asked each time you approve.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <source>Export my public key</source>
        <translation>Export my public key</translation>
    </message>
    <message>
        <source>Team file entry</source>
        <translation>Team file entry</translation>
    </message>
    <message>
        <source>Saved your public key (fingerprint %1) to %2. Send the file to whoever keeps your team&apos;s reviewer list.</source>
        <translation>Saved your public key (fingerprint %1) to %2. Send the file to whoever keeps your team&apos;s reviewer list.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Errors to fix or override</source>
        <translation>Errors to fix or override</translation>
    </message>
    <message>
        <source>Fix them in the text, or write for each why it is not a problem here. The reasons are kept with the draft and shown to the reviewer.</source>
        <translation>Fix them in the text, or write for each why it is not a problem here. The reasons are kept with the draft and shown to the reviewer.</translation>
    </message>
    <message>
        <source>Reason for publishing anyway</source>
        <translation>Reason for publishing anyway</translation>
    </message>
    <message>
        <source>Reason for overriding: %1</source>
        <translation>Reason for overriding: %1</translation>
    </message>
    <message>
        <source>Override and continue</source>
        <translation>Override and continue</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>Reading the review package…</source>
        <translation>Reading the review package…</translation>
    </message>
    <message>
        <source>The review package could not be read: %1</source>
        <translation>The review package could not be read: %1</translation>
    </message>
    <message>
        <source>Copying the images and videos…</source>
        <translation>Copying the images and videos…</translation>
    </message>
    <message>
        <source>The images and videos of the review package could not be saved (%1). Nothing was imported; free some disk space and import the file again.</source>
        <translation>The images and videos of the review package could not be saved (%1). Nothing was imported; free some disk space and import the file again.</translation>
    </message>
</context>
<context>
    <name>PaidForm</name>
    <message>
        <source>P&amp;aid or boosted post</source>
        <translation>P&amp;aid or boosted post</translation>
    </message>
    <message>
        <source>Paid or boosted post</source>
        <translation>Paid or boosted post</translation>
    </message>
    <message>
        <source>Tick when money is used to show the post to more people; the guidelines ask who decided it and who was told</source>
        <translation>Tick when money is used to show the post to more people; the guidelines ask who decided it and who was told</translation>
    </message>
    <message>
        <source>Who decided the paid campaign</source>
        <translation>Who decided the paid campaign</translation>
    </message>
    <message>
        <source>The person who decided on the paid campaign, usually the unit director</source>
        <translation>The person who decided on the paid campaign, usually the unit director</translation>
    </message>
    <message>
        <source>Who was notified</source>
        <translation>Who was notified</translation>
    </message>
    <message>
        <source>The team or person the campaign was reported to</source>
        <translation>The team or person the campaign was reported to</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>The communications team has been notified</source>
        <translation>The communications team has been notified</translation>
    </message>
    <message>
        <source>Tick once the campaign has been reported, and give the date</source>
        <translation>Tick once the campaign has been reported, and give the date</translation>
    </message>
    <message>
        <source>Date of the notification</source>
        <translation>Date of the notification</translation>
    </message>
    <message>
        <source>The day the campaign was reported</source>
        <translation>The day the campaign was reported</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Notified to</source>
        <translation>Notified to</translation>
    </message>
    <message>
        <source>The guidelines say: paid marketing is decided by %1 and notified to %2.</source>
        <translation>The guidelines say: paid marketing is decided by %1 and notified to %2.</translation>
    </message>
    <message>
        <source>Name, e.g. %1</source>
        <translation>Name, e.g. %1</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Who is in it? Not recorded</source>
        <translation>Who is in it? Not recorded</translation>
    </message>
    <message>
        <source>Nobody recognisable</source>
        <translation>Nobody recognisable</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Children (under 18)</source>
        <translation>Children (under 18)</translation>
    </message>
    <message>
        <source>Crowd at a public event</source>
        <translation>Crowd at a public event</translation>
    </message>
    <message>
        <source>Who can be recognised in it; recognisable people, and children above all, need their consent recorded</source>
        <translation>Who can be recognised in it; recognisable people, and children above all, need their consent recorded</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Who is in video {number}</source>
        <translation>Who is in video {number}</translation>
    </message>
    <message>
        <source>Who is in image {number}</source>
        <translation>Who is in image {number}</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>The text of the post. Findings are underlined: wavy for errors, solid for warnings, dashed for notes; F8 goes to the next one. A dashed line across marks where the channel hides the rest behind “See more”. Tab moves on to the next field.</source>
        <translation>The text of the post. Findings are underlined: wavy for errors, solid for warnings, dashed for notes; F8 goes to the next one. A dashed line across marks where the channel hides the rest behind “See more”. Tab moves on to the next field.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>What should be changed? The note is kept with the draft.</source>
        <translation>What should be changed? The note is kept with the draft.</translation>
    </message>
    <message>
        <source>Save the review package</source>
        <translation>Save the review package</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file back to %2; they open it with Draft ▸ Import review package.</source>
        <translation>Saved the review package %1. Send the file back to %2; they open it with Draft ▸ Import review package.</translation>
    </message>
    <message>
        <source>Saved the review package %1. Send the file to the reviewer; they open it with Draft ▸ Import review package.</source>
        <translation>Saved the review package %1. Send the file to the reviewer; they open it with Draft ▸ Import review package.</translation>
    </message>
    <message>
        <source>Somevahti review package</source>
        <translation>Somevahti review package</translation>
    </message>
    <message>
        <source>Import a review package</source>
        <translation>Import a review package</translation>
    </message>
    <message>
        <source>Opened the draft %1 sent for review.</source>
        <translation>Opened the draft %1 sent for review.</translation>
    </message>
    <message>
        <source>Took the edits %1 made; comments and the review state are merged.</source>
        <translation>Took the edits %1 made; comments and the review state are merged.</translation>
    </message>
    <message>
        <source>Kept your edits; comments and the review state from %1 are merged.</source>
        <translation>Kept your edits; comments and the review state from %1 are merged.</translation>
    </message>
    <message>
        <source>Merged the comments and the review state from %1.</source>
        <translation>Merged the comments and the review state from %1.</translation>
    </message>
    <message>
        <source>Resolved the conflict with %1&apos;s edits; comments and the review state are merged.</source>
        <translation>Resolved the conflict with %1&apos;s edits; comments and the review state are merged.</translation>
    </message>
    <message>
        <source>Nothing new in this file from %1.</source>
        <translation>Nothing new in this file from %1.</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>the other side</translation>
    </message>
    <message>
        <source>Restored the revision; the text before it is in the history.</source>
        <translation>Restored the revision; the text before it is in the history.</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Guideline pack</translation>
    </message>
    <message>
        <source>The draft names the guideline pack “%1”, which this computer does not have. It is checked with your default pack “%2” instead.</source>
        <translation>The draft names the guideline pack “%1”, which this computer does not have. It is checked with your default pack “%2” instead.</translation>
    </message>
</context>
<context>
    <name>RolePackBar</name>
    <message>
        <source>Author&apos;s role</source>
        <translation>Author&apos;s role</translation>
    </message>
    <message>
        <source>In whose name the post speaks; the checks and the before-publishing list follow it</source>
        <translation>In whose name the post speaks; the checks and the before-publishing list follow it</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Guideline pack</translation>
    </message>
    <message>
        <source>Whose social media guidelines the checks follow</source>
        <translation>Whose social media guidelines the checks follow</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>General (base)</translation>
    </message>
    <message>
        <source>Po&amp;sting</source>
        <translation>Po&amp;sting</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Guidelines</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Somevahti changes to the new language the next time it starts.</source>
        <translation>Somevahti changes to the new language the next time it starts.</translation>
    </message>
    <message>
        <source>General (base)</source>
        <translation>General (base)</translation>
    </message>
    <message>
        <source>Guideline pack for new drafts</source>
        <translation>Guideline pack for new drafts</translation>
    </message>
    <message>
        <source>Maija Virtanen, library</source>
        <translation>Maija Virtanen, library</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Drafts folder</translation>
    </message>
    <message>
        <source>Open the drafts folder</source>
        <translation>Open the drafts folder</translation>
    </message>
    <message>
        <source>Packs folder</source>
        <translation>Packs folder</translation>
    </message>
    <message>
        <source>Open the packs folder</source>
        <translation>Open the packs folder</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Guideline &amp;pack for new drafts</source>
        <translation>Guideline &amp;pack for new drafts</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Your drafts, their history and approvals are kept here, on this computer only.</source>
        <translation>Your drafts, their history and approvals are kept here, on this computer only.</translation>
    </message>
    <message>
        <source>Put your own guideline packs (.toml files) here; Somevahti finds them at its next start.</source>
        <translation>Put your own guideline packs (.toml files) here; Somevahti finds them at its next start.</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, kirjasto”).</source>
        <translation>Your name is shown with your drafts, comments and approvals (for example “Maija Virtanen, kirjasto”).</translation>
    </message>
</context>
<context>
    <name>VersionEditorPanel</name>
    <message>
        <source>Show this version in this pane (Ctrl+Shift+L moves between the versions).</source>
        <translation>Show this version in this pane (Ctrl+Shift+L moves between the versions).</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>This version has been checked against the other one and is up to date.</source>
        <translation>This version has been checked against the other one and is up to date.</translation>
    </message>
    <message>
        <source>Add Swedish version</source>
        <translation>Add Swedish version</translation>
    </message>
    <message>
        <source>Add English version</source>
        <translation>Add English version</translation>
    </message>
    <message>
        <source>Start a Swedish version of this post, written and checked beside the Finnish one.</source>
        <translation>Start a Swedish version of this post, written and checked beside the Finnish one.</translation>
    </message>
    <message>
        <source>Start an English version of this post, written and checked beside the Finnish one.</source>
        <translation>Start an English version of this post, written and checked beside the Finnish one.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Add or remove a language version</source>
        <translation>Add or remove a language version</translation>
    </message>
    <message>
        <source>Remove this version…</source>
        <translation>Remove this version…</translation>
    </message>
    <message>
        <source>Separate posts per language</source>
        <translation>Separate posts per language</translation>
    </message>
    <message>
        <source>One bilingual post (Finnish first)</source>
        <translation>One bilingual post (Finnish first)</translation>
    </message>
    <message>
        <source>How this channel publishes the language versions</source>
        <translation>How this channel publishes the language versions</translation>
    </message>
    <message>
        <source>Safety or health information</source>
        <translation>Safety or health information</translation>
    </message>
    <message>
        <source>Information on life, health, safety, property or the environment must be given in Finnish and Swedish (Language Act 423/2003, section 32).</source>
        <translation>Information on life, health, safety, property or the environment must be given in Finnish and Swedish (Language Act 423/2003, section 32).</translation>
    </message>
    <message>
        <source>Next language version</source>
        <translation>Next language version</translation>
    </message>
    <message>
        <source>Remove this version (%1)…</source>
        <translation>Remove this version (%1)…</translation>
    </message>
    <message>
        <source>The guideline pack requires this version.</source>
        <translation>The guideline pack requires this version.</translation>
    </message>
    <message>
        <source>One post in every language (Finnish first)</source>
        <translation>One post in every language (Finnish first)</translation>
    </message>
    <message>
        <source>Write the Swedish version here.</source>
        <translation>Write the Swedish version here.</translation>
    </message>
    <message>
        <source>Write the English version here.</source>
        <translation>Write the English version here.</translation>
    </message>
    <message>
        <source>Version %1 may be out of date: version %2 was edited after it.</source>
        <translation>Version %1 may be out of date: version %2 was edited after it.</translation>
    </message>
    <message>
        <source>Swedish version (SV)</source>
        <translation>Swedish version (SV)</translation>
    </message>
    <message>
        <source>English version (EN)</source>
        <translation>English version (EN)</translation>
    </message>
    <message>
        <source>Finnish version (FI)</source>
        <translation>Finnish version (FI)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the combined post</source>
        <translation>%1: %2 / %3 in the combined post</translation>
    </message>
    <message>
        <source>%1: %2 / %3 in the bilingual post</source>
        <translation>%1: %2 / %3 in the bilingual post</translation>
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
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bring the removed language version back with its text.</source>
        <translation>Bring the removed language version back with its text.</translation>
    </message>
    <message>
        <source>Remove language version</source>
        <translation>Remove language version</translation>
    </message>
    <message>
        <source>Remove version %1 and its text from this draft? Undo in the version pane brings it back.</source>
        <translation>Remove version %1 and its text from this draft? Undo in the version pane brings it back.</translation>
    </message>
    <message>
        <source>Version %1 was removed.</source>
        <translation>Version %1 was removed.</translation>
    </message>
</context>
<context>
    <name>VersionSwitch</name>
    <message>
        <source>Shown version:</source>
        <translation>Shown version:</translation>
    </message>
    <message>
        <source>Show this version&apos;s editor (Ctrl+Shift+L moves to the next version).</source>
        <translation>Show this version&apos;s editor (Ctrl+Shift+L moves to the next version).</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Side column</source>
        <translation>Side column</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>What the checks found in the text and media</source>
        <translation>What the checks found in the text and media</translation>
    </message>
    <message>
        <source>Things to check yourself before publishing</source>
        <translation>Things to check yourself before publishing</translation>
    </message>
    <message>
        <source>The team&apos;s comments on this draft</source>
        <translation>The team&apos;s comments on this draft</translation>
    </message>
    <message>
        <source>How the post looks on each channel</source>
        <translation>How the post looks on each channel</translation>
    </message>
    <message>
        <source>&amp;Drafts list</source>
        <translation>&amp;Drafts list</translation>
    </message>
    <message>
        <source>&amp;Side column</source>
        <translation>&amp;Side column</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>WindowStorage</name>
    <message>
        <source>The stored drafts could not be read: %1</source>
        <translation>The stored drafts could not be read: %1</translation>
    </message>
    <message>
        <source>A stored draft could not be read and was left as it is: %1</source>
        <translation>A stored draft could not be read and was left as it is: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Reviewer&apos;s note</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Review package…</source>
        <translation>Review package…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Request changes…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>State: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks for changes:</source>
        <translation>%1 asks for changes:</translation>
    </message>
    <message>
        <source>%1 approved with a note:</source>
        <translation>%1 approved with a note:</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Note from %1:</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</source>
        <translation>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: approved by %2</translation>
    </message>
    <message>
        <source>verified: a team reviewer&apos;s key (%1)</source>
        <translation>verified: a team reviewer&apos;s key (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;signed by an unknown key&lt;/b&gt; (%1): not the team&apos;s</source>
        <translation>&lt;b&gt;signed by an unknown key&lt;/b&gt; (%1): not the team&apos;s</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsigned&lt;/b&gt;</source>
        <translation>&lt;b&gt;unsigned&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;invalid&lt;/b&gt;: the record does not hold (altered, stripped or copied)</source>
        <translation>&lt;b&gt;invalid&lt;/b&gt;: the record does not hold (altered, stripped or copied)</translation>
    </message>
    <message>
        <source>&lt;b&gt;the author&apos;s own approval&lt;/b&gt;</source>
        <translation>&lt;b&gt;the author&apos;s own approval&lt;/b&gt;</translation>
    </message>
</context>
</TS>
