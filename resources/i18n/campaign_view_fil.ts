<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Invite to Assessment</source>
        <translation>Imbitahan sa Assessment</translation>
    </message>
    <message>
        <source>Assessment test ID</source>
        <translation>ID ng test ng assessment</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Pangalan ng assessment</translation>
    </message>
    <message>
        <source>Records that {name} was invited. Running assessment campaigns for this test that add invited candidates take them as a lead.</source>
        <translation>Itinatala na inimbitahan si {name}. Ang mga tumatakbong assessment kampanya para sa test na ito na nagdadagdag ng mga inimbitahang kandidato ay kukunin siya bilang lead.</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>ang kandidato</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Imbitahan</translation>
    </message>
    <message>
        <source>Invite to the assessment</source>
        <translation>Imbitahan sa assessment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Test ID</source>
        <translation>ID ng test</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <source>Retry</source>
        <translation>Subukang muli</translation>
    </message>
    <message>
        <source>Private comment · not visible to the candidate</source>
        <translation>Pribadong komento · hindi nakikita ng kandidato</translation>
    </message>
    <message>
        <source>Audio message</source>
        <translation>Audio na mensahe</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Bidyo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment na file</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>the quick reply was deleted meanwhile</source>
        <translation>nabura ang mabilisang sagot habang ginagawa ito</translation>
    </message>
    <message>
        <source>Label the selected candidates</source>
        <translation>Lagyan ng label ang mga napiling kandidato</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Alisin ang label</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>By SMS, or email without a phone number</source>
        <translation>Sa SMS, o sa email kung walang numero ng telepono</translation>
    </message>
    <message>
        <source>By SMS only</source>
        <translation>Sa SMS lamang</translation>
    </message>
    <message>
        <source>By email only</source>
        <translation>Sa email lamang</translation>
    </message>
    <message>
        <source>No quick replies yet (add them in the composer)</source>
        <translation>Wala pang mabilisang sagot (idagdag ang mga ito sa composer)</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>Bagong label…</translation>
    </message>
    <message>
        <source>No labels yet</source>
        <translation>Wala pang label</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Piliin ang lahat ng tugma</translation>
    </message>
    <message>
        <source>Every candidate matching the list, loaded or not (Ctrl+A)</source>
        <translation>Lahat ng kandidatong tugma sa listahan, naka-load man o hindi (Ctrl+A)</translation>
    </message>
    <message>
        <source>all matching</source>
        <translation>lahat ng tugma</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Alisin ang pagpili</translation>
    </message>
    <message>
        <source>Clear selection (Esc)</source>
        <translation>Alisin ang pagpili (Esc)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Ilipat sa</translation>
    </message>
    <message>
        <source>Move selected to folder</source>
        <translation>Ilipat ang mga napili sa folder</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Magdagdag ng label</translation>
    </message>
    <message>
        <source>Add label to selected</source>
        <translation>Magdagdag ng label sa mga napili</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Alisin ang label</translation>
    </message>
    <message>
        <source>Remove label from selected</source>
        <translation>Alisin ang label sa mga napili</translation>
    </message>
    <message>
        <source>Refresh PIN</source>
        <translation>I-refresh ang PIN</translation>
    </message>
    <message>
        <source>Refresh PIN code of selected</source>
        <translation>I-refresh ang PIN code ng mga napili</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Ipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>Send invitation to selected</source>
        <translation>Ipadala ang imbitasyon sa mga napili</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Mabilisang sagot</translation>
    </message>
    <message>
        <source>Send quick reply to selected</source>
        <translation>Magpadala ng mabilisang sagot sa mga napili</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s invitation (its SMS and email)</source>
        <translation>Ipadala ang imbitasyon ng kampanya (ang SMS at email nito)</translation>
    </message>
    <message>
        <source>Send one of the company&apos;s quick replies to everyone selected</source>
        <translation>Magpadala ng isa sa mga mabilisang sagot ng kumpanya sa lahat ng napili</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} ang napili</translation>
    </message>
</context>
<context>
    <name>CandidateDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Wala pang mensahe</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>{name} · ID {id} · {folder}</source>
        <translation>{name} · ID {id} · {folder}</translation>
    </message>
</context>
<context>
    <name>CandidateListPane</name>
    <message>
        <source>Candidates</source>
        <translation>Mga kandidato</translation>
    </message>
    <message>
        <source>No candidates here</source>
        <translation>Walang kandidato rito</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Itago ang mga filter</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Ipakita ang mga filter</translation>
    </message>
    <message>
        <source>Filter · {active}</source>
        <translation>Salain · {active}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Salain</translation>
    </message>
    <message>
        <source>Search name, email, phone or ID</source>
        <translation>Pangalan, email, telepono o ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>I-clear ang paghahanap</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Maghanap ng kandidato</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Magdagdag ng kandidato</translation>
    </message>
    <message>
        <source>Add candidates by hand, from a CSV file or a Google sheet (Ctrl+N)</source>
        <translation>Magdagdag ng kandidato nang mano-mano, mula sa CSV file o Google sheet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Where this list comes from</source>
        <translation>Kung saan galing ang listahang ito</translation>
    </message>
</context>
<context>
    <name>ChannelCombo</name>
    <message>
        <source>The channel the message goes out on</source>
        <translation>Ang channel na dadaanan ng mensahe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>ChatActionsBar</name>
    <message>
        <source>Actions</source>
        <translation>Mga aksyon</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Mga aksyon sa usapan</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Ibaba ang tawag</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Aking telepono</translation>
    </message>
    <message>
        <source>Your phone rings first, then the candidate&apos;s (e.g. +63 917 ...);
it is kept in My Account:</source>
        <translation>Unang tutunog ang telepono mo, saka ang sa kandidato (hal. +63 917 ...);
itatago ito sa Aking Account:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Call: dialing…</source>
        <translation>Tawag: dina-dial…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Natapos ang tawag</translation>
    </message>
    <message>
        <source>Calling the candidate</source>
        <translation>Tinatawagan ang kandidato</translation>
    </message>
    <message>
        <source>Call: {state}</source>
        <translation>Tawag: {state}</translation>
    </message>
    <message>
        <source>Call failed: {reason}</source>
        <translation>Nabigo ang tawag: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Retry sending</source>
        <translation>Subukang ipadala muli</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopyahin ang teksto</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Kasaysayan ng usapan</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Walang napiling kandidato</translation>
    </message>
    <message>
        <source>Select a candidate to see the conversation.</source>
        <translation>Pumili ng kandidato para makita ang usapan.</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensahe</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} na mensahe</translation>
    </message>
    <message>
        <source>No messages yet.

Write the first message below, or a private comment.</source>
        <translation>Wala pang mensahe.

Isulat sa ibaba ang unang mensahe, o isang pribadong komento.</translation>
    </message>
    <message>
        <source>Preview: {text}</source>
        <translation>Silip: {text}</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Mga aksyon sa mensahe</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Nai-save</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Nakapila</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Hindi naipadala: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Hindi nai-save: {reason}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>New quick reply…</source>
        <translation>Bagong mabilisang sagot…</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Pamahalaan ang mga mabilisang sagot…</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Pumili ng petsa at oras…</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter para ipadala</translation>
    </message>
    <message>
        <source>Not visible to the candidate</source>
        <translation>Hindi nakikita ng kandidato</translation>
    </message>
    <message>
        <source>{count} characters per SMS</source>
        <translation>{count} na karakter bawat SMS</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 karakter</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} na karakter</translation>
    </message>
    <message>
        <source>UCS-2 because of {characters}</source>
        <translation>UCS-2 dahil sa {characters}</translation>
    </message>
    <message>
        <source>One SMS holds {count} {encoding} characters; {left} left.</source>
        <translation>Kasya ang {count} na {encoding} na karakter sa isang SMS; {left} pa ang natitira.</translation>
    </message>
    <message>
        <source>Sent as {segments} SMS of up to {count} characters each; {left} left before SMS number {next}.</source>
        <translation>Ipapadala bilang {segments} SMS na hanggang {count} na karakter bawat isa; {left} pa bago ang SMS bilang {next}.</translation>
    </message>
    <message>
        <source>Not in the GSM alphabet: {names}. Without them an SMS holds 160 characters.</source>
        <translation>Wala sa GSM alphabet: {names}. Kung wala ang mga ito, kasya ang 160 na karakter sa isang SMS.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>Write a message to the candidate</source>
        <translation>Sumulat ng mensahe sa kandidato</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Write a private comment</source>
        <translation>Sumulat ng pribadong komento</translation>
    </message>
    <message>
        <source>Insert token</source>
        <translation>Maglagay ng token</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Mga mabilisang sagot</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Ipadala mamaya</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>Ipadala mamaya…</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Haba ng SMS</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Hindi naipadala: {problem}</translation>
    </message>
    <message>
        <source>Not scheduled: {problem}</source>
        <translation>Hindi na-iskedyul: {problem}</translation>
    </message>
    <message>
        <source>Tomorrow {clock} (candidate&apos;s time)</source>
        <translation>Bukas {clock} (oras ng kandidato)</translation>
    </message>
    <message>
        <source>Monday {clock} (candidate&apos;s time)</source>
        <translation>Lunes {clock} (oras ng kandidato)</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (at 1 pang problema)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (at {count} pang problema)</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Teksto ng komento</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Teksto ng mensahe</translation>
    </message>
    <message>
        <source>Write a private comment — only your team sees it</source>
        <translation>Sumulat ng pribadong komento — ang team mo lang ang makakakita</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Idagdag ang komento</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Ipadala ang mensahe</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kahapon</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>today {clock}</source>
        <translation>ngayong {clock}</translation>
    </message>
    <message>
        <source>ddd H:mm</source>
        <translation>ddd H:mm</translation>
    </message>
    <message>
        <source>ddd d MMM H:mm</source>
        <translation>ddd d MMM H:mm</translation>
    </message>
    <message>
        <source>Scheduled for {when} (candidate&apos;s time)</source>
        <translation>Naka-iskedyul sa {when} (oras ng kandidato)</translation>
    </message>
    <message>
        <source>dddd d MMMM, H:mm</source>
        <translation>dddd d MMMM, H:mm</translation>
    </message>
</context>
<context>
    <name>EventNotes</name>
    <message>
        <source>The robocall was not answered.</source>
        <translation>Hindi sinagot ang robocall.</translation>
    </message>
    <message>
        <source>The robocall got a busy line (or the candidate declined it).</source>
        <translation>Busy ang linya sa robocall (o tinanggihan ito ng kandidato).</translation>
    </message>
    <message>
        <source>The robocall could not be connected.</source>
        <translation>Hindi maikonekta ang robocall.</translation>
    </message>
    <message>
        <source>The robocall was canceled before it was answered.</source>
        <translation>Kinansela ang robocall bago ito nasagot.</translation>
    </message>
    <message>
        <source>Twilio has no recording of the call.</source>
        <translation>Walang recording ng tawag ang Twilio.</translation>
    </message>
    <message>
        <source>Bot stopped by {value}</source>
        <translation>Inihinto ni {value} ang bot</translation>
    </message>
    <message>
        <source>Bot resumed by {value}</source>
        <translation>Itinuloy ni {value} ang bot</translation>
    </message>
    <message>
        <source>Invitation not sent: {value}</source>
        <translation>Hindi naipadala ang imbitasyon: {value}</translation>
    </message>
    <message>
        <source>Auto-call not placed: {value}</source>
        <translation>Hindi natuloy ang auto-call: {value}</translation>
    </message>
    <message>
        <source>The robocall could not be placed: {value}</source>
        <translation>Hindi naisagawa ang robocall: {value}</translation>
    </message>
    <message>
        <source>The robocall could not be followed: {value}</source>
        <translation>Hindi masubaybayan ang robocall: {value}</translation>
    </message>
    <message>
        <source>Transcript of the robocall: {value}</source>
        <translation>Transcript ng robocall: {value}</translation>
    </message>
    <message>
        <source>Robocall finished: all {count} questions answered.</source>
        <translation>Tapos na ang robocall: nasagot ang lahat ng {count} tanong.</translation>
    </message>
    <message>
        <source>The robocall ended after {answers} of {count} answers.</source>
        <translation>Natapos ang robocall pagkatapos ng {answers} sa {count} na sagot.</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Naipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[larawan]</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any source</source>
        <translation>Anumang pinagmulan</translation>
    </message>
    <message>
        <source>Completed or not</source>
        <translation>Tapos man o hindi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Hindi pa tapos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>Added from</source>
        <translation>Idinagdag mula</translation>
    </message>
    <message>
        <source>Added until</source>
        <translation>Idinagdag hanggang</translation>
    </message>
    <message>
        <source>Interview completed</source>
        <translation>Tapos na ang interview</translation>
    </message>
    <message>
        <source>Labels to filter by</source>
        <translation>Mga label na pansala</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>I-reset ang mga filter</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Panayam</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Anumang label</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 label</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} na label</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Anumang petsa</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>Folders</source>
        <translation>Mga folder</translation>
    </message>
    <message>
        <source>Candidate folders with the number of candidates in each</source>
        <translation>Mga folder ng kandidato at ang bilang ng kandidato sa bawat isa</translation>
    </message>
    <message>
        <source>{folder}, {count}</source>
        <translation>{folder}, {count}</translation>
    </message>
</context>
<context>
    <name>LabelChips</name>
    <message>
        <source>+ Label</source>
        <translation>+ Label</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Magdagdag ng label</translation>
    </message>
    <message>
        <source>Add a label to this candidate</source>
        <translation>Lagyan ng label ang kandidatong ito</translation>
    </message>
    <message>
        <source>Labels to add</source>
        <translation>Mga label na idadagdag</translation>
    </message>
    <message>
        <source>Remove label {label}</source>
        <translation>Alisin ang label na {label}</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Alisin ang {label}</translation>
    </message>
    <message>
        <source>Kept up to date automatically</source>
        <translation>Awtomatikong ina-update</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Blue</source>
        <translation>Asul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Berde</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Kahel</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Pula</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Dilaw</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Abo</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Bagong label</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>Pangalan ng label</translation>
    </message>
    <message>
        <source>e.g. Night shift OK</source>
        <translation>hal. OK sa night shift</translation>
    </message>
    <message>
        <source>{colour} colour</source>
        <translation>Kulay {colour}</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Gumawa</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>Gumawa ng label</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kulay</translation>
    </message>
</context>
<context>
    <name>LabelList</name>
    <message>
        <source>Labels</source>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>Click a label to list the candidates carrying it</source>
        <translation>I-click ang label para makita ang mga kandidatong may ganito</translation>
    </message>
    <message>
        <source>Set automatically</source>
        <translation>Awtomatikong inilagay</translation>
    </message>
    <message>
        <source>{label}, active filter</source>
        <translation>{label}, aktibong filter</translation>
    </message>
</context>
<context>
    <name>ListCounter</name>
    <message>
        <source>Counting the list</source>
        <translation>Binibilang ang listahan</translation>
    </message>
</context>
<context>
    <name>ListScope</name>
    <message>
        <source>Analytics</source>
        <translation>Analitika</translation>
    </message>
    <message>
        <source>Search results · {label}</source>
        <translation>Mga resulta ng paghahanap · {label}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Mga resulta ng paghahanap</translation>
    </message>
    <message>
        <source>These candidates are no longer in the workspace.</source>
        <translation>Wala na sa workspace ang mga kandidatong ito.</translation>
    </message>
    <message>
        <source>Nobody carries the label {label}.</source>
        <translation>Walang may label na {label}.</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} ang nahanap</translation>
    </message>
    <message>
        <source>Nobody matches. Try a name, email, phone number or candidate ID.</source>
        <translation>Walang tugma. Subukan ang pangalan, email, numero ng telepono o ID ng kandidato.</translation>
    </message>
    <message>
        <source>Nobody in {folder} matches these filters.</source>
        <translation>Walang tugma sa mga filter na ito sa {folder}.</translation>
    </message>
    <message>
        <source>No candidates in {folder}.</source>
        <translation>Walang kandidato sa {folder}.</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 kandidato</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} na kandidato</translation>
    </message>
</context>
<context>
    <name>ManageQuickRepliesDialog</name>
    <message>
        <source>Quick replies</source>
        <translation>Mga mabilisang sagot</translation>
    </message>
    <message>
        <source>Quick reply title</source>
        <translation>Pamagat ng mabilisang sagot</translation>
    </message>
    <message>
        <source>Quick reply text</source>
        <translation>Teksto ng mabilisang sagot</translation>
    </message>
    <message>
        <source>No quick replies yet. Save one from the composer.</source>
        <translation>Wala pang mabilisang sagot. Mag-save ng isa mula sa composer.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>I-save ang mga pagbabago</translation>
    </message>
    <message>
        <source>Save the quick reply</source>
        <translation>I-save ang mabilisang sagot</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Delete the quick reply</source>
        <translation>Burahin ang mabilisang sagot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>Queued</source>
        <translation>Nakapila</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Ipinapadala…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Naihatid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>Walang ibinigay na dahilan ang provider.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidato</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Private comment</source>
        <translation>Pribadong komento</translation>
    </message>
    <message>
        <source>press Enter to retry sending</source>
        <translation>pindutin ang Enter para subukang ipadala muli</translation>
    </message>
    <message>
        <source>{kind} attachment</source>
        <translation>attachment na {kind}</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Show All</source>
        <translation>Ipakita lahat</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Show candidates of one campaign or all</source>
        <translation>Ipakita ang mga kandidato ng isang kampanya o ng lahat</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Bagong label</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mga folder</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Mga opsyon</translation>
    </message>
    <message>
        <source>Campaign options</source>
        <translation>Mga opsyon ng kampanya</translation>
    </message>
    <message>
        <source>Add candidates, export the campaign</source>
        <translation>Magdagdag ng kandidato, i-export ang kampanya</translation>
    </message>
</context>
<context>
    <name>NotifyPrompt</name>
    <message>
        <source>Ask Each Time</source>
        <translation>Magtanong sa Bawat Pagkakataon</translation>
    </message>
    <message>
        <source>Always Notify</source>
        <translation>Laging Mag-abiso</translation>
    </message>
    <message>
        <source>Never Notify</source>
        <translation>Huwag Kailanman Mag-abiso</translation>
    </message>
    <message>
        <source>After Shortlisting</source>
        <translation>Pagkatapos I-shortlist</translation>
    </message>
    <message>
        <source>After Rejecting</source>
        <translation>Pagkatapos Tanggihan</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Huwag nang itanong muli</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>ang kandidato</translation>
    </message>
    <message>
        <source>Notify {name} that they were shortlisted?</source>
        <translation>Abisuhan si {name} na na-shortlist siya?</translation>
    </message>
    <message>
        <source>Notify {name} that they were rejected?</source>
        <translation>Abisuhan si {name} na hindi siya natanggap?</translation>
    </message>
    <message>
        <source>Notify the {count} candidates that they were shortlisted?</source>
        <translation>Abisuhan ang {count} na kandidato na na-shortlist sila?</translation>
    </message>
    <message>
        <source>Notify the {count} candidates that they were rejected?</source>
        <translation>Abisuhan ang {count} na kandidato na hindi sila natanggap?</translation>
    </message>
    <message>
        <source>Notify candidates</source>
        <translation>Abisuhan ang mga kandidato</translation>
    </message>
    <message>
        <source>This sends the campaign&apos;s Shortlisted message.
Enter notifies, Esc does not.</source>
        <translation>Ipapadala nito ang mensaheng Na-shortlist ng kampanya.
Abisuhan sa Enter, hindi sa Esc.</translation>
    </message>
    <message>
        <source>This sends the campaign&apos;s Rejection message.
Enter notifies, Esc does not.</source>
        <translation>Ipapadala nito ang mensaheng Pagtanggi ng kampanya.
Abisuhan sa Enter, hindi sa Esc.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Abisuhan</translation>
    </message>
    <message>
        <source>Don&apos;t notify</source>
        <translation>Huwag abisuhan</translation>
    </message>
    <message>
        <source>Remember this answer; change it in Settings &gt; Notify Candidates</source>
        <translation>Tandaan ang sagot na ito; baguhin ito sa Mga Setting &gt; Abisuhan ang mga Kandidato</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <source>Outbox status</source>
        <translation>Status ng outbox</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Papalabas</translation>
    </message>
    <message>
        <source>{status}. Messages are sent in the background while the window is open.</source>
        <translation>{status}. Ipinapadala ang mga mensahe sa background habang bukas ang window.</translation>
    </message>
</context>
<context>
    <name>OutboxSync</name>
    <message>
        <source>{count} queued</source>
        <translation>{count} ang nakapila</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} ang nabigo</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Papalabas: naipadala lahat</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>Papalabas: {counts}</translation>
    </message>
    <message>
        <source>Sync stopped: {error}</source>
        <translation>Huminto ang pag-sync: {error}</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>Offline: {reason}</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Shortlist</source>
        <translation>I-shortlist</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>I-hold</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>I-hire</translation>
    </message>
    <message>
        <source>Stop bot</source>
        <translation>Ihinto ang bot</translation>
    </message>
    <message>
        <source>Resume bot</source>
        <translation>Ituloy ang bot</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Natapos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code ng PIN</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID ng empleyado</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellphone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akawnt</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>ID ng kandidato</translation>
    </message>
    <message>
        <source>Copy candidate ID</source>
        <translation>Kopyahin ang ID ng kandidato</translation>
    </message>
    <message>
        <source>Copy the candidate ID</source>
        <translation>Kopyahin ang ID ng kandidato</translation>
    </message>
    <message>
        <source>Open CV</source>
        <translation>Buksan ang CV</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Nag-refer</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Iba pang sagot</translation>
    </message>
    <message>
        <source>Experience and links</source>
        <translation>Karanasan at mga link</translation>
    </message>
    <message>
        <source>ATS push</source>
        <translation>Pag-push sa ATS</translation>
    </message>
    <message>
        <source>Select a candidate to see their profile.</source>
        <translation>Pumili ng kandidato para makita ang profile niya.</translation>
    </message>
    <message>
        <source>Robocall</source>
        <translation>Robocall</translation>
    </message>
    <message>
        <source>Robocall: call for the phone interview</source>
        <translation>Robocall: tumawag para sa phone interview</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Imbitahan</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Ipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s invitation (its SMS and email)</source>
        <translation>Ipadala ang imbitasyon ng kampanya (ang SMS at email nito)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Invite to assessment</source>
        <translation>Imbitahan sa assessment</translation>
    </message>
    <message>
        <source>Record an invitation to an assessment (its assessment campaigns may add a lead)</source>
        <translation>Itala ang imbitasyon sa assessment (maaaring magdagdag ng lead ang mga kampanya ng assessment nito)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Ibahagi</translation>
    </message>
    <message>
        <source>Sharing: generate a link to this profile</source>
        <translation>Pagbabahagi: gumawa ng link sa profile na ito</translation>
    </message>
    <message>
        <source>Share the profile with someone who has no account</source>
        <translation>Ibahagi ang profile sa taong walang account</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>CV text</source>
        <translation>Teksto ng CV</translation>
    </message>
    <message>
        <source>Move to {folder}</source>
        <translation>Ilipat sa {folder}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Candidate ID: quote it when asking about this candidate</source>
        <translation>ID ng kandidato: banggitin ito kapag nagtatanong tungkol sa kandidatong ito</translation>
    </message>
    <message>
        <source>Invitation not sent: {problem}</source>
        <translation>Hindi naipadala ang imbitasyon: {problem}</translation>
    </message>
    <message>
        <source>{pin} (until {day})</source>
        <translation>{pin} (hanggang {day})</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Call the candidate now for the campaign&apos;s phone interview</source>
        <translation>Tawagan ngayon ang kandidato para sa phone interview ng kampanya</translation>
    </message>
    <message>
        <source>No phone number to call</source>
        <translation>Walang numero ng teleponong matatawagan</translation>
    </message>
    <message>
        <source>Resume the interview bot</source>
        <translation>Ituloy ang interview bot</translation>
    </message>
    <message>
        <source>Stop the interview bot</source>
        <translation>Ihinto ang interview bot</translation>
    </message>
    <message>
        <source>The bot is stopped: it does not answer this candidate. Resume it</source>
        <translation>Nakahinto ang bot: hindi nito sinasagot ang kandidatong ito. Ituloy ito</translation>
    </message>
    <message>
        <source>Stop the bot answering this candidate (you take over the conversation)</source>
        <translation>Pigilan ang bot sa pagsagot sa kandidatong ito (ikaw na ang hahawak sa usapan)</translation>
    </message>
    <message>
        <source>Open {file} with your viewer</source>
        <translation>Buksan ang {file} sa iyong viewer</translation>
    </message>
    <message>
        <source>The CV file is not on this computer</source>
        <translation>Wala sa computer na ito ang CV file</translation>
    </message>
    <message>
        <source>No CV uploaded</source>
        <translation>Walang na-upload na CV</translation>
    </message>
    <message>
        <source>Why the invitation was not sent</source>
        <translation>Kung bakit hindi naipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pinagtrabahuhan</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pag-push</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>naipadala noong {when}</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>nabigo: {error}</translation>
    </message>
</context>
<context>
    <name>QuickReplyDialog</name>
    <message>
        <source>New quick reply</source>
        <translation>Bagong mabilisang sagot</translation>
    </message>
    <message>
        <source>Quick reply title</source>
        <translation>Pamagat ng mabilisang sagot</translation>
    </message>
    <message>
        <source>e.g. Interview reminder</source>
        <translation>hal. Paalala sa interview</translation>
    </message>
    <message>
        <source>Quick reply text</source>
        <translation>Teksto ng mabilisang sagot</translation>
    </message>
    <message>
        <source>Insert token</source>
        <translation>Maglagay ng token</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
</context>
<context>
    <name>ResponseCard</name>
    <message>
        <source>Text answer</source>
        <translation>Sagot na teksto</translation>
    </message>
    <message>
        <source>Audio answer</source>
        <translation>Sagot na audio</translation>
    </message>
    <message>
        <source>Audio and text</source>
        <translation>Audio at teksto</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>I-play ang recording</translation>
    </message>
    <message>
        <source>Play the recording of answer {n}</source>
        <translation>I-play ang recording ng sagot {n}</translation>
    </message>
    <message>
        <source>Opens the recording in your audio player</source>
        <translation>Binubuksan ang recording sa iyong audio player</translation>
    </message>
    <message>
        <source>The recording is not on this computer yet</source>
        <translation>Wala pa sa computer na ito ang recording</translation>
    </message>
    <message>
        <source>Transcript: “{text}”</source>
        <translation>Transcript: “{text}”</translation>
    </message>
    <message>
        <source>Transcript: being transcribed offline…</source>
        <translation>Transcript: tina-transcribe offline…</translation>
    </message>
    <message>
        <source>No transcript: {note}</source>
        <translation>Walang transcript: {note}</translation>
    </message>
</context>
<context>
    <name>ResponsesSection</name>
    <message>
        <source>Interview</source>
        <translation>Panayam</translation>
    </message>
    <message>
        <source>No interview answers yet</source>
        <translation>Wala pang sagot sa interview</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Ipadala mamaya</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Ipadala sa</translation>
    </message>
    <message>
        <source>In the candidate&apos;s time zone (from their phone number).</source>
        <translation>Sa time zone ng kandidato (mula sa numero ng telepono niya).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>I-iskedyul</translation>
    </message>
    <message>
        <source>Schedule the message</source>
        <translation>I-iskedyul ang mensahe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Send the message on</source>
        <translation>Ipadala ang mensahe sa</translation>
    </message>
</context>
<context>
    <name>SendReportButton</name>
    <message>
        <source>Save report…</source>
        <translation>I-save ang ulat…</translation>
    </message>
    <message>
        <source>Save the report of skipped candidates</source>
        <translation>I-save ang ulat ng mga nilaktawang kandidato</translation>
    </message>
    <message>
        <source>A CSV file of the candidates skipped and why</source>
        <translation>CSV file ng mga nilaktawang kandidato at kung bakit</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>I-save ang ulat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>the report was not saved: {reason}</source>
        <translation>hindi nai-save ang ulat: {reason}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Mag-e-expire (UTC)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Mga seksyon</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Tatanggap</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Share {name}</source>
        <translation>Ibahagi si {name}</translation>
    </message>
    <message>
        <source>Share candidate</source>
        <translation>Ibahagi ang kandidato</translation>
    </message>
    <message>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation>Mag-e-expire ang link pagkalipas ng</translation>
    </message>
    <message>
        <source>optional: who it is for (email)</source>
        <translation>opsyonal: para kanino ito (email)</translation>
    </message>
    <message>
        <source>Recipient email</source>
        <translation>Email ng tatanggap</translation>
    </message>
    <message>
        <source>Generate link</source>
        <translation>Gumawa ng link</translation>
    </message>
    <message>
        <source>Save as page…</source>
        <translation>I-save bilang page…</translation>
    </message>
    <message>
        <source>Write the page as one HTML file (no server needed)</source>
        <translation>Isulat ang page bilang isang HTML file (hindi kailangan ng server)</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>Mga share link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopyahin ang link</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Bawiin</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Mag-e-expire pagkalipas ng</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para kay</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Generating the link…</source>
        <translation>Ginagawa ang link…</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Share link</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Nakopya ang link: {url}</translation>
    </message>
    <message>
        <source>Emailed to {recipient}.</source>
        <translation>Na-email kay {recipient}.</translation>
    </message>
    <message>
        <source>The email to {recipient} was {outcome}</source>
        <translation>Ang email kay {recipient}: {outcome}</translation>
    </message>
    <message>
        <source>Revoke share link</source>
        <translation>Bawiin ang share link</translation>
    </message>
    <message>
        <source>Link revoked: its page is gone.</source>
        <translation>Binawi ang link: wala na ang page nito.</translation>
    </message>
    <message>
        <source>Save the profile as a page</source>
        <translation>I-save ang profile bilang page</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Save share page</source>
        <translation>I-save ang share page</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Hindi nai-save: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Nai-save: {path}</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;shortcut ng keyboard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>Select &amp;All Matching</source>
        <translation>Piliin ang &amp;Lahat ng Tugma</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Na-shortlist</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Naka-hold</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Na-hire</translation>
    </message>
    <message>
        <source>No Campaign Invitation</source>
        <translation>Hindi Naimbitahan</translation>
    </message>
    <message>
        <source>No Response</source>
        <translation>Walang Tugon</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doble</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Sinubukan</translation>
    </message>
    <message>
        <source>&gt;50% completed</source>
        <translation>&gt;50% tapos</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Mano-mano</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>Job fair</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Job board</translation>
    </message>
    <message>
        <source>CV upload</source>
        <translation>In-upload na CV</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <source>Robocall</source>
        <translation>Robocall</translation>
    </message>
    <message>
        <source>Call Candidate</source>
        <translation>Tawagan ang Kandidato</translation>
    </message>
    <message>
        <source>Send Invitation SMS</source>
        <translation>Ipadala ang SMS na Imbitasyon</translation>
    </message>
    <message>
        <source>Stop Bot</source>
        <translation>Ihinto ang Bot</translation>
    </message>
    <message>
        <source>Resume Bot</source>
        <translation>Ituloy ang Bot</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>nakapila</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>nagri-ring</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>kasalukuyang tawag</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>natapos</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>abala</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>walang sumagot</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktibo</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired na</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>binawi</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>ipinapadala</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>naipadala</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalye ng contact</translation>
    </message>
    <message>
        <source>Responses (audio and transcripts)</source>
        <translation>Mga sagot (audio at transcript)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mga label</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>mga sagot</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>usapan</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>mga label</translation>
    </message>
    <message>
        <source>cv</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat sa web</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Boses</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>The candidate&apos;s first name</source>
        <translation>Ang pangalan ng kandidato</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <source>The candidate&apos;s first and last name</source>
        <translation>Ang pangalan at apelyido ng kandidato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kumpanya</translation>
    </message>
    <message>
        <source>Your company&apos;s name</source>
        <translation>Ang pangalan ng kumpanya mo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>The title of the candidate&apos;s campaign</source>
        <translation>Ang pamagat ng kampanya ng kandidato</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code ng PIN</translation>
    </message>
    <message>
        <source>The PIN that starts the phone interview</source>
        <translation>Ang PIN na nagsisimula ng phone interview</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Nag-refer</translation>
    </message>
    <message>
        <source>Who referred the candidate (referral programs)</source>
        <translation>Kung sino ang nag-refer sa kandidato (mga referral program)</translation>
    </message>
    <message>
        <source>Messenger interview link</source>
        <translation>Link ng interview sa Messenger</translation>
    </message>
    <message>
        <source>The link to the chatbot</source>
        <translation>Ang link papunta sa chatbot</translation>
    </message>
    <message>
        <source>Web interview link</source>
        <translation>Link ng web interview</translation>
    </message>
    <message>
        <source>The phone interview, in the browser</source>
        <translation>Ang phone interview, sa browser</translation>
    </message>
    <message>
        <source>Web interview link (straight to questions)</source>
        <translation>Link ng web interview (diretso sa mga tanong)</translation>
    </message>
    <message>
        <source>The web interview, skipping ahead to the first question</source>
        <translation>Ang web interview, diretso sa unang tanong</translation>
    </message>
</context>
</TS>
