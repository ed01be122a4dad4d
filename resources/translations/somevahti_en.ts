<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve “%1”</source>
        <translation>Approve “%1”</translation>
    </message>
    <message>
        <source>You approve the exact text, images, alt texts, captions and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</source>
        <translation>You approve the exact text, images, alt texts, captions and paid-campaign record of: %1, and who is in the pictures and who agreed. Any later edit voids the approval.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s name</source>
        <translation>Reviewer&apos;s name</translation>
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
        <source>Show whole text</source>
        <translation>Show whole text</translation>
    </message>
    <message>
        <source>Show the whole text in the preview</source>
        <translation>Show the whole text in the preview</translation>
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
        <source>Channel preview</source>
        <translation>Channel preview</translation>
    </message>
</context>
<context>
    <name>ChannelTabs</name>
    <message>
        <source>Channel variants</source>
        <translation>Channel variants</translation>
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
        <source>Follow the master text again</source>
        <translation>Follow the master text again</translation>
    </message>
    <message>
        <source>Reset variant to the master text</source>
        <translation>Reset variant to the master text</translation>
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
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
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
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
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
        <source>Untitled draft</source>
        <translation>Untitled draft</translation>
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
        <source>Write the post here. Checks run as you type.</source>
        <translation>Write the post here. Checks run as you type.</translation>
    </message>
    <message>
        <source>No draft open. Press Ctrl+N to start a new one.</source>
        <translation>No draft open. Press Ctrl+N to start a new one.</translation>
    </message>
    <message>
        <source>%1 shows about %2 characters before “See more”; the rest is hidden at first.</source>
        <translation>%1 shows about %2 characters before “See more”; the rest is hidden at first.</translation>
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
        <source>&amp;Fix</source>
        <translation>&amp;Fix</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Apply the suggested fix</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Before publishing</source>
        <translation>Before publishing</translation>
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
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
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
        <source>Who decided the paid campaign</source>
        <translation>Who decided the paid campaign</translation>
    </message>
    <message>
        <source>Who was notified</source>
        <translation>Who was notified</translation>
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
        <source>Date of the notification</source>
        <translation>Date of the notification</translation>
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
</context>
<context>
    <name>RolePackBar</name>
    <message>
        <source>Author&apos;s role</source>
        <translation>Author&apos;s role</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Guideline pack</translation>
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
        <source>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</source>
        <translation>%1: &lt;b&gt;changed after approval&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: approved by %2</translation>
    </message>
    <message>
        <source>signed, signature valid (key %1)</source>
        <translation>signed, signature valid (key %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;signature invalid&lt;/b&gt;: the record was altered</source>
        <translation>&lt;b&gt;signature invalid&lt;/b&gt;: the record was altered</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
</context>
</TS>
