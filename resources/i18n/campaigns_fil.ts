<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AddCandidateDialog</name>
    <message>
        <source>Add candidates</source>
        <translation>Magdagdag ng mga kandidato</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Ways to add candidates</source>
        <translation>Mga paraan ng pagdagdag ng kandidato</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Mano-mano</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV na file</translation>
    </message>
    <message>
        <source>Google Form / Sheet</source>
        <translation>Google Form / Sheet</translation>
    </message>
    <message>
        <source>CV upload</source>
        <translation>Pag-upload ng CV</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integrasyon</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Add candidates to</source>
        <translation>Magdagdag ng mga kandidato sa</translation>
    </message>
</context>
<context>
    <name>AddLeadsDialog</name>
    <message>
        <source>Paste rows from a spreadsheet, one lead per row, e.g.
Email, First name, Last name, Phone
ana.cruz@example.com, Ana, Cruz, +63 917 123 4567</source>
        <translation>I-paste ang mga hilera mula sa spreadsheet, isang lead bawat hilera, hal.
Email, Pangalan, Apelyido, Telepono
ana.cruz@example.com, Ana, Cruz, +63 917 123 4567</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Hilera {n}</translation>
    </message>
    <message>
        <source>Add Leads — {campaign}</source>
        <translation>Magdagdag ng mga Lead — {campaign}</translation>
    </message>
    <message>
        <source>Leads to add</source>
        <translation>Mga lead na idadagdag</translation>
    </message>
    <message>
        <source>Open CSV File…</source>
        <translation>Buksan ang CSV na File…</translation>
    </message>
    <message>
        <source>Add leads error</source>
        <translation>Error sa pagdagdag ng lead</translation>
    </message>
    <message>
        <source>Add Leads</source>
        <translation>Idagdag ang mga Lead</translation>
    </message>
    <message>
        <source>a JSON body needs a &quot;leads&quot; list</source>
        <translation>kailangan ng JSON body ang listahang &quot;leads&quot;</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Hindi mabasa ang {file}: {reason}</translation>
    </message>
    <message>
        <source>Open Leads</source>
        <translation>Buksan ang mga Lead</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Mga CSV na file (*.csv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>{leads} to add</source>
        <translation>{leads} na idadagdag</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>at {count} pa</translation>
    </message>
</context>
<context>
    <name>AttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Sumagot</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Haba</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Pinindot</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <source>Calls to {name}</source>
        <translation>Mga tawag kay {name}</translation>
    </message>
    <message>
        <source>Select a lead to see its calls</source>
        <translation>Pumili ng lead para makita ang mga tawag dito</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Mga pagtatangkang tumawag</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Hindi pa natatawagan</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>{file} is not on this computer</source>
        <translation>Wala sa computer na ito ang {file}</translation>
    </message>
    <message>
        <source>Playing needs Qt Multimedia, which this installation lacks</source>
        <translation>Kailangan ng Qt Multimedia para mag-play, na wala sa installation na ito</translation>
    </message>
    <message>
        <source>This computer has no audio output to play the recording on</source>
        <translation>Walang audio output ang computer na ito para i-play ang recording</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <source>Campaign title</source>
        <translation>Pamagat ng kampanya</translation>
    </message>
    <message>
        <source>e.g. Customer Service - Manila</source>
        <translation>hal. Customer Service - Manila</translation>
    </message>
    <message>
        <source>Hotline country</source>
        <translation>Bansa ng hotline</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Wika ng interbyu</translation>
    </message>
    <message>
        <source>Offer a web interview link (web dial-out)</source>
        <translation>Mag-alok ng link para sa web na interbyu (web dial-out)</translation>
    </message>
    <message>
        <source>Call each candidate added for the phone interview at once</source>
        <translation>Tawagan agad ang bawat idinagdag na kandidato para sa interbyu sa telepono</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Pamaga&amp;t</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Hotline &amp;country</source>
        <translation>&amp;Bansa ng hotline</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Wika ng interbyu</translation>
    </message>
    <message>
        <source>Decides the language model that transcribes audio answers.</source>
        <translation>Ito ang magpapasya kung aling language model ang magta-transcribe ng mga sagot na audio.</translation>
    </message>
    <message>
        <source>Web dial-out</source>
        <translation>Web dial-out</translation>
    </message>
    <message>
        <source>Auto-call</source>
        <translation>Awtomatikong tawag</translation>
    </message>
    <message>
        <source>a campaign needs a title</source>
        <translation>kailangan ng pamagat ang kampanya</translation>
    </message>
    <message>
        <source>Candidates see calls from a +{calling} number</source>
        <translation>Makikita ng mga kandidato na galing sa +{calling} na numero ang tawag</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Bagong Kampanya…</translation>
    </message>
    <message>
        <source>Create a campaign: basics, team access, messages, Messenger</source>
        <translation>Gumawa ng kampanya: mga pangunahing detalye, access ng team, mga mensahe, Messenger</translation>
    </message>
    <message>
        <source>Campaign &amp;Settings…</source>
        <translation>Mga &amp;Setting ng Kampanya…</translation>
    </message>
    <message>
        <source>The campaign&apos;s settings (choose a campaign first)</source>
        <translation>Mga setting ng kampanya (pumili muna ng kampanya)</translation>
    </message>
</context>
<context>
    <name>CampaignDetail</name>
    <message>
        <source>Next call</source>
        <translation>Susunod na tawag</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>I-edit…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>I-pause</translation>
    </message>
    <message>
        <source>Caller ID {number}</source>
        <translation>Caller ID {number}</translation>
    </message>
    <message>
        <source>Calls {start}–{end} lead&apos;s time</source>
        <translation>Tumatawag {start}–{end} sa oras ng lead</translation>
    </message>
    <message>
        <source>No call still to come</source>
        <translation>Wala nang paparating na tawag</translation>
    </message>
    <message>
        <source>Next call: {campaign}{dot}{yours} your time</source>
        <translation>Susunod na tawag: {campaign}{dot}{yours} sa oras mo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Edit Campaign</source>
        <translation>I-edit ang Kampanya</translation>
    </message>
    <message>
        <source>New Company Campaign</source>
        <translation>Bagong Kampanya ng Kompanya</translation>
    </message>
    <message>
        <source>Create Campaign</source>
        <translation>Gumawa ng Kampanya</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>e.g. Warehouse interest check — December</source>
        <translation>hal. Pag-alam ng interes sa bodega — Disyembre</translation>
    </message>
    <message>
        <source>Said first. For an interest check: press 1 if interested, 2 if not</source>
        <translation>Unang sinasabi. Para sa pag-alam ng interes: pindutin ang 1 kung interesado, 2 kung hindi</translation>
    </message>
    <message>
        <source>Said before hanging up</source>
        <translation>Sinasabi bago ibaba ang tawag</translation>
    </message>
    <message>
        <source>One question per line (answered on the keypad)</source>
        <translation>Isang tanong bawat linya (sinasagot sa keypad)</translation>
    </message>
    <message>
        <source>What the AI caller says and asks, turn by turn</source>
        <translation>Ang sinasabi at itinatanong ng AI na tumatawag, isa-isa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Uri ng tawag</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Site ng kompanya</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Caller ID</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Pambungad na mensahe</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Pangwakas na mensahe</translation>
    </message>
    <message>
        <source>IVR questions</source>
        <translation>Mga tanong sa IVR</translation>
    </message>
    <message>
        <source>AI call script</source>
        <translation>Script ng AI na tawag</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>What the call says</source>
        <translation>Ang sinasabi ng tawag</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabaho</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Iskedyul</translation>
    </message>
    <message>
        <source>Site {id}</source>
        <translation>Site {id}</translation>
    </message>
    <message>
        <source>Set when the campaign was created</source>
        <translation>Itinakda noong ginawa ang kampanya</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Job — {purpose}</source>
        <translation>Trabaho — {purpose}</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Uri ng tawag</translation>
    </message>
    <message>
        <source>Next call (campaign)</source>
        <translation>Susunod na tawag (kampanya)</translation>
    </message>
    <message>
        <source>Next call (yours)</source>
        <translation>Susunod na tawag (oras mo)</translation>
    </message>
</context>
<context>
    <name>CampaignOperations</name>
    <message>
        <source>Creating the campaign</source>
        <translation>Ginagawa ang kampanya</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Sine-save ang kampanya</translation>
    </message>
    <message>
        <source>Saved campaign {title}</source>
        <translation>Na-save ang kampanyang {title}</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>&amp;Basic</source>
        <translation>&amp;Pangunahin</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>Mga pa&amp;hintulot</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>Mga &amp;mensahe</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interbyu</translation>
    </message>
    <message>
        <source>Messe&amp;nger</source>
        <translation>Messe&amp;nger</translation>
    </message>
    <message>
        <source>Tra&amp;ffic ad</source>
        <translation>&amp;Ad ng trapiko</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Mga pagbabagong hindi pa naka-save</translation>
    </message>
    <message>
        <source>Save the changes to this campaign?</source>
        <translation>I-save ang mga pagbabago sa kampanyang ito?</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Bagong kampanya</translation>
    </message>
    <message>
        <source>Campaign Settings — {title}</source>
        <translation>Mga Setting ng Kampanya — {title}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Pakitama ang mga field na may marka sa ibaba.</translation>
    </message>
    <message>
        <source>The campaign was not saved.</source>
        <translation>Hindi na-save ang kampanya.</translation>
    </message>
</context>
<context>
    <name>CandidateField</name>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Nag-refer</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukasyon</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Taon ng karanasan</translation>
    </message>
    <message>
        <source>Referee email</source>
        <translation>Email ng nag-refer</translation>
    </message>
    <message>
        <source>Referee phone</source>
        <translation>Telepono ng nag-refer</translation>
    </message>
    <message>
        <source>Referee employee ID</source>
        <translation>Employee ID ng nag-refer</translation>
    </message>
    <message>
        <source>Referee account</source>
        <translation>Account ng nag-refer</translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>(not in this file)</source>
        <translation>(wala sa file na ito)</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Column para sa {field}</translation>
    </message>
</context>
<context>
    <name>CompanyCampaignsWindow</name>
    <message>
        <source>Company Campaigns — {company}</source>
        <translation>Mga Kampanya ng Kompanya — {company}</translation>
    </message>
    <message>
        <source>New Campaign…</source>
        <translation>Bagong Kampanya…</translation>
    </message>
    <message>
        <source>Company campaigns</source>
        <translation>Mga kampanya ng kompanya</translation>
    </message>
    <message>
        <source>No company campaign yet.
New Campaign… makes one.</source>
        <translation>Wala pang kampanya ng kompanya.
Gumawa ng isa gamit ang Bagong Kampanya….</translation>
    </message>
    <message>
        <source>Company campaigns status</source>
        <translation>Katayuan ng mga kampanya ng kompanya</translation>
    </message>
    <message>
        <source>Reading campaigns</source>
        <translation>Binabasa ang mga kampanya</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>Binabasa ang mga tawag</translation>
    </message>
    <message>
        <source>Remove this lead from {campaign}? Its calls are removed with it; adding it again starts afresh.</source>
        <translation>Alisin ang lead na ito sa {campaign}? Kasama nitong maaalis ang mga tawag; kapag idinagdag ulit, magsisimula ito sa umpisa.</translation>
    </message>
    <message>
        <source>Remove these {count} leads from {campaign}? Their calls are removed with them; adding them again starts afresh.</source>
        <translation>Alisin ang {count} lead na ito sa {campaign}? Kasama nilang maaalis ang mga tawag; kapag idinagdag ulit, magsisimula sila sa umpisa.</translation>
    </message>
    <message>
        <source>Remove Leads</source>
        <translation>Alisin ang mga Lead</translation>
    </message>
</context>
<context>
    <name>CvReviewModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <source>name</source>
        <translation>pangalan</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepono</translation>
    </message>
</context>
<context>
    <name>CvUploadTab</name>
    <message>
        <source>Drop CVs or folders of CVs here (PDF, DOCX, DOC, TXT). The name, email and phone found in each are shown below: fix what is missing, then import. A CV needs an email or a phone to become a candidate.</source>
        <translation>I-drop dito ang mga CV o folder ng mga CV (PDF, DOCX, DOC, TXT). Makikita sa ibaba ang pangalan, email at telepono na nakuha sa bawat isa: punan ang kulang, saka i-import. Kailangan ng email o telepono ang isang CV para maging kandidato.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Pumili ng mga file…</translation>
    </message>
    <message>
        <source>Choose CV files</source>
        <translation>Pumili ng mga CV na file</translation>
    </message>
    <message>
        <source>CVs to import</source>
        <translation>Mga CV na ii-import</translation>
    </message>
    <message>
        <source>CV progress</source>
        <translation>Progreso ng mga CV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Cancel reading the CVs</source>
        <translation>Ihinto ang pagbasa ng mga CV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <source>Import the CVs</source>
        <translation>I-import ang mga CV</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>I-undo ang import</translation>
    </message>
    <message>
        <source>Undo the CV import</source>
        <translation>I-undo ang pag-import ng CV</translation>
    </message>
    <message>
        <source>Reading CVs…</source>
        <translation>Binabasa ang mga CV…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>CVs ({patterns});;All files (*)</source>
        <translation>Mga CV ({patterns});;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Choose CVs</source>
        <translation>Pumili ng mga CV</translation>
    </message>
    <message>
        <source>{count} CVs read (cancelled), {review} need review.</source>
        <translation>{count} CV ang nabasa (kinansela), {review} ang kailangang suriin.</translation>
    </message>
    <message>
        <source>{count} CVs read, {review} need review.</source>
        <translation>{count} CV ang nabasa, {review} ang kailangang suriin.</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>Hindi nabasa: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Ini-import…</translation>
    </message>
    <message>
        <source>Imported {count} candidates (batch {batch}); {review} CVs need review</source>
        <translation>Na-import ang {count} kandidato (batch {batch}); {review} CV ang kailangang suriin</translation>
    </message>
    <message>
        <source>, {count} left here without an email or phone.</source>
        <translation>, {count} ang naiwan dito nang walang email o telepono.</translation>
    </message>
    <message>
        <source>Removed {count} candidates.</source>
        <translation>Inalis ang {count} kandidato.</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <source>Send this email</source>
        <translation>Ipadala ang email na ito</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Subject ng email</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>Nilalaman ng email</translation>
    </message>
    <message>
        <source>Email HTML source</source>
        <translation>HTML source ng email</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Edit the HTML</source>
        <translation>I-edit ang HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Silipin</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Hilera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>OK — check {checks}</source>
        <translation>OK — suriin ang {checks}</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Talkpush CSV</source>
        <translation>Talkpush CSV</translation>
    </message>
    <message>
        <source>Google Form export</source>
        <translation>Export ng Google Form</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kuwit</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>tuldok-kuwit</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>patayong guhit</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 na may BOM</translation>
    </message>
    <message>
        <source>Columns: first name, last name, email, country code, phone number, referee. The header row is optional, and titled columns are recognised in any order. You can check and change which column feeds which field before importing.</source>
        <translation>Mga column: pangalan, apelyido, email, country code, numero ng telepono, nag-refer. Hindi kailangan ang header row, at nakikilala ang mga column na may pamagat kahit anong ayos. Puwede mong suriin at palitan kung aling column ang napupunta sa aling field bago mag-import.</translation>
    </message>
    <message>
        <source>Download the sheet as CSV (File → Download → CSV) and drop it here, or paste its published CSV link. Columns follow the Google Form: timestamp, full name, email, phone, then location, education, experience and the referee&apos;s details. Importing the same sheet again adds only the rows added since.</source>
        <translation>I-download ang sheet bilang CSV (File → Download → CSV) at i-drop dito, o i-paste ang na-publish nitong CSV link. Sinusunod ng mga column ang Google Form: petsa at oras, buong pangalan, email, telepono, saka lokasyon, edukasyon, karanasan at mga detalye ng nag-refer. Kapag in-import ulit ang parehong sheet, ang mga bagong hilera lang mula noon ang idadagdag.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format ng file</translation>
    </message>
    <message>
        <source>Published sheet link</source>
        <translation>Link ng na-publish na sheet</translation>
    </message>
    <message>
        <source>or paste the sheet&apos;s published CSV link</source>
        <translation>o i-paste ang na-publish na CSV link ng sheet</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <source>Download the sheet</source>
        <translation>I-download ang sheet</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>Pangalan ng sheet</translation>
    </message>
    <message>
        <source>Sheet name (remembers which rows are imported)</source>
        <translation>Pangalan ng sheet (tinatandaan kung aling mga hilera ang na-import na)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso ng pag-import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Kanselahin ang pag-import</translation>
    </message>
    <message>
        <source>Send the invitation to the new candidates</source>
        <translation>Ipadala ang imbitasyon sa mga bagong kandidato</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>I-import ang file</translation>
    </message>
    <message>
        <source>Open rejects report</source>
        <translation>Buksan ang ulat ng mga tinanggihan</translation>
    </message>
    <message>
        <source>Open the rejects report</source>
        <translation>Buksan ang ulat ng mga tinanggihan</translation>
    </message>
    <message>
        <source>Drop the sheet&apos;s CSV export here</source>
        <translation>I-drop dito ang CSV export ng sheet</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>I-drop dito ang isang CSV na file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Mga CSV na file (*.csv *.tsv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Silip sa mga unang hilera</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>MGA COLUMN</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>SILIP</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Binabasa ang file…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Naghihintay…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} sa {total} hilera</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>{done} hilera</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Hindi na-import: {reason}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Kinakansela…</translation>
    </message>
    <message>
        <source>No invitation: the campaign&apos;s invitation templates are off</source>
        <translation>Walang imbitasyon: naka-off ang mga template ng imbitasyon ng kampanya</translation>
    </message>
    <message>
        <source>Send the invitation to 1 new candidate</source>
        <translation>Ipadala ang imbitasyon sa 1 bagong kandidato</translation>
    </message>
    <message>
        <source>Send the invitation to {count} new candidates</source>
        <translation>Ipadala ang imbitasyon sa {count} bagong kandidato</translation>
    </message>
    <message>
        <source>Downloading the sheet…</source>
        <translation>Dina-download ang sheet…</translation>
    </message>
    <message>
        <source>Import 1 row</source>
        <translation>I-import ang 1 hilera</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>I-import ang {count} hilera</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>may header row</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>walang header row</translation>
    </message>
    <message>
        <source>{imported} already imported, {new} new</source>
        <translation>{imported} ang na-import na, {new} ang bago</translation>
    </message>
    <message>
        <source>{rejected} of the first {count} will be rejected.</source>
        <translation>{rejected} sa unang {count} ang tatanggihan.</translation>
    </message>
    <message>
        <source>1 row with warnings: check it.</source>
        <translation>1 hilera ang may babala: suriin ito.</translation>
    </message>
    <message>
        <source>{count} rows with warnings: check them.</source>
        <translation>{count} hilera ang may babala: suriin ang mga ito.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 hilera</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} hilera</translation>
    </message>
    <message>
        <source>Cancelled after {count} rows: </source>
        <translation>Kinansela pagkatapos ng {count} hilera: </translation>
    </message>
    <message>
        <source>1 warning (see the report)</source>
        <translation>1 babala (tingnan ang ulat)</translation>
    </message>
    <message>
        <source>{count} warnings (see the report)</source>
        <translation>{count} babala (tingnan ang ulat)</translation>
    </message>
    <message>
        <source>{imported} imported · {duplicates} duplicates · {rejected} rejected</source>
        <translation>{imported} na-import · {duplicates} doble · {rejected} tinanggihan</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} inimbitahan</translation>
    </message>
    <message>
        <source>{count} not (see No Campaign Invitation)</source>
        <translation>{count} hindi (tingnan ang Walang Imbitasyon sa Kampanya)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>Added {name}</source>
        <translation>Idinagdag si {name}</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Binabasa ang file</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Ini-import ang {file}</translation>
    </message>
    <message>
        <source>Reading CVs</source>
        <translation>Binabasa ang mga CV</translation>
    </message>
    <message>
        <source>Importing CVs</source>
        <translation>Ini-import ang mga CV</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Ina-undo ang pag-import</translation>
    </message>
    <message>
        <source>Removed {count} imported candidates</source>
        <translation>Inalis ang {count} na-import na kandidato</translation>
    </message>
    <message>
        <source>Downloading the sheet</source>
        <translation>Dina-download ang sheet</translation>
    </message>
    <message>
        <source>Checking the sheet</source>
        <translation>Sinusuri ang sheet</translation>
    </message>
    <message>
        <source>Polling the sheet</source>
        <translation>Kinukuha ang bago sa sheet</translation>
    </message>
    <message>
        <source>Connecting the Page</source>
        <translation>Ikinokonekta ang Page</translation>
    </message>
    <message>
        <source>Checking the ad</source>
        <translation>Sinusuri ang ad</translation>
    </message>
    <message>
        <source>Polling Lead Ads</source>
        <translation>Kinukuha ang bago sa Lead Ads</translation>
    </message>
    <message>
        <source>Added {count} candidates</source>
        <translation>Nagdagdag ng {count} kandidato</translation>
    </message>
    <message>
        <source>Imported {count} candidates</source>
        <translation>Nag-import ng {count} kandidato</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview – {title}</source>
        <translation>Interbyu – {title}</translation>
    </message>
    <message>
        <source>Unsaved interview</source>
        <translation>Interbyung hindi pa naka-save</translation>
    </message>
    <message>
        <source>Save the changes to the interview?</source>
        <translation>I-save ang mga pagbabago sa interbyu?</translation>
    </message>
</context>
<context>
    <name>InterviewLanguage</name>
    <message>
        <source>English</source>
        <translation>Ingles</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanyol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuges</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Pranses</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Aleman</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italyano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandes</translation>
    </message>
    <message>
        <source>Filipino (Tagalog)</source>
        <translation>Filipino (Tagalog)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indones</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malay</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Biyetnames</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Hapon</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tsino</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polako</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turko</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio or text</source>
        <translation>Audio o teksto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Panimula</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Pahayag sa privacy</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Mga tagubilin</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <source>Closing prompt</source>
        <translation>Pangwakas na mensahe</translation>
    </message>
    <message>
        <source>Interview steps</source>
        <translation>Mga hakbang ng interbyu</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Magdagdag ng hakbang</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Itaas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ibaba</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Teksto ng hakbang</translation>
    </message>
    <message>
        <source>What the step says (the chat shows this text)</source>
        <translation>Ang sinasabi ng hakbang (ito ang teksto na lalabas sa chat)</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Uri ng sagot</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Walang recording</translation>
    </message>
    <message>
        <source>Choose recording…</source>
        <translation>Pumili ng recording…</translation>
    </message>
    <message>
        <source>Speak text</source>
        <translation>Basahin nang malakas</translation>
    </message>
    <message>
        <source>Make the recording from the text with espeak-ng</source>
        <translation>Gawin ang recording mula sa teksto gamit ang espeak-ng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>I-play</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Alisin ang recording</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Only .wav and .mp3 recordings. The text is what the chat shows: it should say what the recording says. Candidates are told which answer type a question takes.</source>
        <translation>.wav at .mp3 na recording lang. Ang teksto ang lumalabas sa chat: dapat pareho ito ng sinasabi ng recording. Sinasabihan ang mga kandidato kung anong uri ng sagot ang tinatanggap ng bawat tanong.</translation>
    </message>
    <message>
        <source>Speaking the step&apos;s text</source>
        <translation>Binabasa nang malakas ang teksto ng hakbang</translation>
    </message>
    <message>
        <source>Question {n} ({answer})</source>
        <translation>Tanong {n} ({answer})</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(wala pang teksto)</translation>
    </message>
    <message>
        <source>Add a step to start the interview</source>
        <translation>Magdagdag ng hakbang para simulan ang interbyu</translation>
    </message>
    <message>
        <source>Question {n} of {count}</source>
        <translation>Tanong {n} sa {count}</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Pumili ng recording</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3)</source>
        <translation>Mga recording (*.wav *.mp3)</translation>
    </message>
</context>
<context>
    <name>LeadAdsPanel</name>
    <message>
        <source>Ad</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Huling pagkuha</translation>
    </message>
    <message>
        <source>Leads imported</source>
        <translation>Na-import na lead</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Facebook Page ID</source>
        <translation>ID ng Facebook Page</translation>
    </message>
    <message>
        <source>Page ID (digits)</source>
        <translation>ID ng Page (mga numero)</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Access token ng Page</translation>
    </message>
    <message>
        <source>Page access token (kept in the keyring)</source>
        <translation>Access token ng Page (itinatago sa keyring)</translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation>Bersyon ng Graph API</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Address ng Graph API</translation>
    </message>
    <message>
        <source>Connect the Page</source>
        <translation>Ikonekta ang Page</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation>ID ng ad</translation>
    </message>
    <message>
        <source>Ad ID (from the Ads Manager)</source>
        <translation>ID ng ad (mula sa Ads Manager)</translation>
    </message>
    <message>
        <source>Add the ad</source>
        <translation>Idagdag ang ad</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Kunin ngayon</translation>
    </message>
    <message>
        <source>Lead Ads</source>
        <translation>Lead Ads</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID ng Page</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>LEAD ADS</source>
        <translation>LEAD ADS</translation>
    </message>
    <message>
        <source>Checking the Page…</source>
        <translation>Sinusuri ang Page…</translation>
    </message>
    <message>
        <source>Page {page} ({name}) is connected</source>
        <translation>Nakakonekta na ang Page {page} ({name})</translation>
    </message>
    <message>
        <source>Checking the ad…</source>
        <translation>Sinusuri ang ad…</translation>
    </message>
    <message>
        <source>Ad {ad} ({name}): its leads come in</source>
        <translation>Ad {ad} ({name}): pumapasok na ang mga lead nito</translation>
    </message>
    <message>
        <source>{count} new leads</source>
        <translation>{count} bagong lead</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Daloy</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <source>Reading leads</source>
        <translation>Binabasa ang mga lead</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Naipasa</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Hindi naipasa</translation>
    </message>
</context>
<context>
    <name>LeadTextsPanel</name>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Nakatakda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Mga text</translation>
    </message>
    <message>
        <source>Texts to {name}</source>
        <translation>Mga text kay {name}</translation>
    </message>
    <message>
        <source>Select a lead to see its texts</source>
        <translation>Pumili ng lead para makita ang mga text dito</translation>
    </message>
    <message>
        <source>Assessment texts</source>
        <translation>Mga text ng assessment</translation>
    </message>
    <message>
        <source>No text planned</source>
        <translation>Walang nakaplanong text</translation>
    </message>
</context>
<context>
    <name>LeadsPane</name>
    <message>
        <source>Leads</source>
        <translation>Mga lead</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Katayuan ng lead</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Lahat ng katayuan</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Maghanap ng lead</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Hanapin ang pangalan o email</translation>
    </message>
    <message>
        <source>Add Leads…</source>
        <translation>Magdagdag ng mga Lead…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove the selected leads</source>
        <translation>Alisin ang mga napiling lead</translation>
    </message>
    <message>
        <source>Mark Submitted</source>
        <translation>Markahang Naipasa</translation>
    </message>
    <message>
        <source>The assessment tool reported back: mark the selected leads&apos; assessment</source>
        <translation>Nag-ulat na ang assessment tool: markahan ang assessment ng mga napiling lead</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Lahat ng katayuan ({count})</translation>
    </message>
    <message>
        <source>No lead matches</source>
        <translation>Walang tugmang lead</translation>
    </message>
    <message>
        <source>No leads yet: Add Leads to paste some</source>
        <translation>Wala pang lead: gamitin ang Magdagdag ng mga Lead para mag-paste</translation>
    </message>
    <message>
        <source>(showing {count})</source>
        <translation>(ipinapakita ang {count})</translation>
    </message>
    <message>
        <source>Mark Not Submitted</source>
        <translation>Markahang Hindi Naipasa</translation>
    </message>
</context>
<context>
    <name>LiveSheetsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Bawat</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Huling pagkuha</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Na-import na hilera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Sheet link to poll</source>
        <translation>Link ng sheet na kukunan</translation>
    </message>
    <message>
        <source>Paste the Google Sheet&apos;s link to import new sign-ups</source>
        <translation>I-paste ang link ng Google Sheet para i-import ang mga bagong nag-sign up</translation>
    </message>
    <message>
        <source>Minutes between polls</source>
        <translation>Minuto sa pagitan ng bawat pagkuha</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Check and poll</source>
        <translation>Suriin at kunin</translation>
    </message>
    <message>
        <source>Check the sheet and poll it</source>
        <translation>Suriin ang sheet at kunin ang bago rito</translation>
    </message>
    <message>
        <source>Polled sheets</source>
        <translation>Mga sheet na kinukunan</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Kunin ngayon</translation>
    </message>
    <message>
        <source>Poll the selected sheet now</source>
        <translation>Kunin ngayon ang bago sa napiling sheet</translation>
    </message>
    <message>
        <source>Stop polling</source>
        <translation>Itigil ang pagkuha</translation>
    </message>
    <message>
        <source>Stop polling the selected sheet</source>
        <translation>Itigil ang pagkuha sa napiling sheet</translation>
    </message>
    <message>
        <source>POLLED SHEETS</source>
        <translation>MGA SHEET NA KINUKUNAN</translation>
    </message>
    <message>
        <source>every</source>
        <translation>bawat</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>Sinusuri ang sheet…</translation>
    </message>
    <message>
        <source>Polling every {minutes} min from now on ({rows} rows now). Columns: {columns}</source>
        <translation>Kukunin bawat {minutes} min mula ngayon ({rows} hilera sa ngayon). Mga column: {columns}</translation>
    </message>
    <message>
        <source>Sheet polled: {new} new, {already} already imported, {rejected} rejected, {invited} invited</source>
        <translation>Nakuha ang sheet: {new} bago, {already} na-import na, {rejected} tinanggihan, {invited} inimbitahan</translation>
    </message>
</context>
<context>
    <name>ManagerList</name>
    <message>
        <source>owner, sees every campaign</source>
        <translation>may-ari, nakikita ang lahat ng kampanya</translation>
    </message>
</context>
<context>
    <name>ManualAddForm</name>
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
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>Choose CV…</source>
        <translation>Pumili ng CV…</translation>
    </message>
    <message>
        <source>Choose a CV file</source>
        <translation>Pumili ng CV na file</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Idagdag ang kandidato</translation>
    </message>
    <message>
        <source>Add the candidate</source>
        <translation>Idagdag ang kandidato</translation>
    </message>
    <message>
        <source>An email or a phone number is required.</source>
        <translation>Kailangan ang email o numero ng telepono.</translation>
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
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Referee name</source>
        <translation>Pangalan ng nag-refer</translation>
    </message>
    <message>
        <source>Referee employee ID</source>
        <translation>Employee ID ng nag-refer</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Nag-refer</translation>
    </message>
    <message>
        <source>Referee email</source>
        <translation>Email ng nag-refer</translation>
    </message>
    <message>
        <source>Referee phone</source>
        <translation>Telepono ng nag-refer</translation>
    </message>
    <message>
        <source>Referee account</source>
        <translation>Account ng nag-refer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>CV file</source>
        <translation>CV na file</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Walang napiling file</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Added {name} (ID {id}) to No Campaign Invitation: the invitation was not sent ({reason}).</source>
        <translation>Idinagdag si {name} (ID {id}) sa Walang Imbitasyon sa Kampanya: hindi naipadala ang imbitasyon ({reason}).</translation>
    </message>
    <message>
        <source>Added {name} (ID {id}) to the Inbox.</source>
        <translation>Idinagdag si {name} (ID {id}) sa Inbox.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kailangan</translation>
    </message>
    <message>
        <source>CVs ({patterns});;All files (*)</source>
        <translation>Mga CV ({patterns});;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Choose a CV</source>
        <translation>Pumili ng CV</translation>
    </message>
</context>
<context>
    <name>MessageToken</name>
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
        <translation>Kompanya</translation>
    </message>
    <message>
        <source>Your company&apos;s name</source>
        <translation>Ang pangalan ng kompanya mo</translation>
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
        <translation>PIN code</translation>
    </message>
    <message>
        <source>The PIN that starts the phone interview</source>
        <translation>Ang PIN na nagsisimula ng interbyu sa telepono</translation>
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
        <translation>Link ng interbyu sa Messenger</translation>
    </message>
    <message>
        <source>The link to the chatbot</source>
        <translation>Ang link papunta sa chatbot</translation>
    </message>
    <message>
        <source>Web interview link</source>
        <translation>Link ng web na interbyu</translation>
    </message>
    <message>
        <source>The phone interview, in the browser</source>
        <translation>Ang interbyu sa telepono, sa browser</translation>
    </message>
    <message>
        <source>Web interview link (straight to questions)</source>
        <translation>Link ng web na interbyu (diretso sa mga tanong)</translation>
    </message>
    <message>
        <source>The web interview, skipping ahead to the first question</source>
        <translation>Ang web na interbyu, na diretsong lalaktaw sa unang tanong</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>Invitation</source>
        <translation>Imbitasyon</translation>
    </message>
    <message>
        <source>Sent to invite a candidate to the interview</source>
        <translation>Ipinapadala para imbitahan ang kandidato sa interbyu</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Pagkumpleto</translation>
    </message>
    <message>
        <source>Sent once the candidate completes the interview</source>
        <translation>Ipinapadala kapag natapos ng kandidato ang interbyu</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Na-shortlist</translation>
    </message>
    <message>
        <source>Offered when a candidate is moved to Shortlisted</source>
        <translation>Iminumungkahi kapag inilipat ang kandidato sa Na-shortlist</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Pagtanggi</translation>
    </message>
    <message>
        <source>Offered when a candidate is moved to Rejected</source>
        <translation>Iminumungkahi kapag inilipat ang kandidato sa Tinanggihan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>MessengerTab</name>
    <message>
        <source>Disabled: the campaign is not in the Page&apos;s chatbot</source>
        <translation>Naka-off: wala ang kampanya sa chatbot ng Page</translation>
    </message>
    <message>
        <source>Job position: the chatbot shows this opening as a card</source>
        <translation>Posisyon sa trabaho: ipinapakita ng chatbot ang bakanteng ito bilang card</translation>
    </message>
    <message>
        <source>Inquiry type: candidates state their question; a recruiter answers in the chat</source>
        <translation>Uri ng tanong: sasabihin ng mga kandidato ang tanong nila; sasagot ang recruiter sa chat</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titulo ng trabaho</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Detalyadong paglalarawan</translation>
    </message>
    <message>
        <source>Apply URL</source>
        <translation>URL para mag-apply</translation>
    </message>
    <message>
        <source>Facebook bot</source>
        <translation>Facebook bot</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Pagla&amp;larawan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <source>&amp;Apply URL</source>
        <translation>&amp;URL para mag-apply</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Silipin</translation>
    </message>
    <message>
        <source>View Description</source>
        <translation>Tingnan ang Paglalarawan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Mag-apply</translation>
    </message>
    <message>
        <source>at most {limit} characters ({count})</source>
        <translation>hanggang {limit} karakter lang ({count})</translation>
    </message>
</context>
<context>
    <name>Outbound</name>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>MMM d HH:mm</translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation>Pag-alam ng interes</translation>
    </message>
    <message>
        <source>Interview scheduling</source>
        <translation>Pag-iskedyul ng interbyu</translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation>Online na interbyu</translation>
    </message>
    <message>
        <source>Assessment reminder</source>
        <translation>Paalala sa assessment</translation>
    </message>
    <message>
        <source>IVR (keypad)</source>
        <translation>IVR (keypad)</translation>
    </message>
    <message>
        <source>AI call</source>
        <translation>AI na tawag</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Tumatakbo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Running: call at the scheduled times</source>
        <translation>Tumatakbo: tumawag sa mga nakaiskedyul na oras</translation>
    </message>
    <message>
        <source>Paused: resume it to call</source>
        <translation>Naka-pause: ituloy ito para tumawag</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Naghihintay</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Hindi interesado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Walang sumagot</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Kasalukuyan</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Sinagot</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Abala</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Pumalya</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Nilaktawan</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Nakaiskedyul</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Tumatawag…</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Pagkatapos ng tawag</translation>
    </message>
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
        <source>pending</source>
        <translation>naghihintay</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>pumalya</translation>
    </message>
    <message>
        <source>MMM d, h:mm AP</source>
        <translation>MMM d, h:mm AP</translation>
    </message>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>MMM d, HH:mm</translation>
    </message>
    <message>
        <source>MMM dd, yyyy h:mm AP</source>
        <translation>MMM dd, yyyy h:mm AP</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 lead</translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation>{count} lead</translation>
    </message>
</context>
<context>
    <name>OutboundActions</name>
    <message>
        <source>Created campaign {title}</source>
        <translation>Nagawa ang kampanyang {title}</translation>
    </message>
    <message>
        <source>Saved campaign {title}</source>
        <translation>Na-save ang kampanyang {title}</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Sine-save ang kampanya</translation>
    </message>
    <message>
        <source>Pausing the campaign</source>
        <translation>Pina-pause ang kampanya</translation>
    </message>
    <message>
        <source>Paused {title}</source>
        <translation>Na-pause ang {title}</translation>
    </message>
    <message>
        <source>Resuming the campaign</source>
        <translation>Itinutuloy ang kampanya</translation>
    </message>
    <message>
        <source>Resumed {title}</source>
        <translation>Naituloy ang {title}</translation>
    </message>
    <message>
        <source>Added {leads}</source>
        <translation>Naidagdag ang {leads}</translation>
    </message>
    <message>
        <source>; skipped {count} (already on it or do-not-call)</source>
        <translation>; nilaktawan ang {count} (nandito na o huwag tawagan)</translation>
    </message>
    <message>
        <source>Adding leads</source>
        <translation>Idinadagdag ang mga lead</translation>
    </message>
    <message>
        <source>Removing leads</source>
        <translation>Inaalis ang mga lead</translation>
    </message>
    <message>
        <source>Removed {leads}</source>
        <translation>Inalis ang {leads}</translation>
    </message>
    <message>
        <source>Marked {leads} submitted</source>
        <translation>Minarkahang naipasa ang {leads}</translation>
    </message>
    <message>
        <source>Marked {leads} not submitted</source>
        <translation>Minarkahang hindi naipasa ang {leads}</translation>
    </message>
    <message>
        <source>Marking the assessment</source>
        <translation>Minamarkahan ang assessment</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Hindi interesado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Sinagot</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Hindi makontak</translation>
    </message>
    <message>
        <source>Call outcomes over time</source>
        <translation>Mga resulta ng tawag sa paglipas ng panahon</translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation>Mga resulta ng tawag</translation>
    </message>
    <message>
        <source>No calls made yet</source>
        <translation>Wala pang tawag na nagawa</translation>
    </message>
</context>
<context>
    <name>PermissionsTab</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>May access</translation>
    </message>
    <message>
        <source>&amp;Give access →</source>
        <translation>&amp;Bigyan ng access →</translation>
    </message>
    <message>
        <source>← &amp;Remove access</source>
        <translation>← A&amp;lisin ang access</translation>
    </message>
    <message>
        <source>Managers with access see the campaign and its candidates; the company&apos;s owners see every campaign.</source>
        <translation>Nakikita ng mga manager na may access ang kampanya at ang mga kandidato nito; nakikita ng mga may-ari ng kompanya ang lahat ng kampanya.</translation>
    </message>
</context>
<context>
    <name>PollStatus</name>
    <message>
        <source>new</source>
        <translation>bago</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>maayos</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>nagbago</translation>
    </message>
    <message>
        <source>token_expired</source>
        <translation>expired na ang token</translation>
    </message>
    <message>
        <source>rate_limited</source>
        <translation>naabot ang limitasyon</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hindi pa</translation>
    </message>
</context>
<context>
    <name>PurposeFields</name>
    <message>
        <source>Up to {max} characters</source>
        <translation>Hanggang {max} karakter</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titulo ng trabaho</translation>
    </message>
    <message>
        <source>e.g. Customer Service Representative</source>
        <translation>hal. Customer Service Representative</translation>
    </message>
    <message>
        <source>Job location</source>
        <translation>Lokasyon ng trabaho</translation>
    </message>
    <message>
        <source>e.g. Pasig City</source>
        <translation>hal. Lungsod ng Pasig</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Paglalarawan ng trabaho</translation>
    </message>
    <message>
        <source>Interview slots</source>
        <translation>Mga slot ng interbyu</translation>
    </message>
    <message>
        <source>One per line; leads press 1 to 8</source>
        <translation>Isa bawat linya; pipindot ang mga lead ng 1 hanggang 8</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Link ng meeting</translation>
    </message>
    <message>
        <source>Assessment test ID</source>
        <translation>ID ng assessment test</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Pangalan ng assessment</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>SMS na paalala</translation>
    </message>
    <message>
        <source>Post-call SMS</source>
        <translation>SMS pagkatapos ng tawag</translation>
    </message>
    <message>
        <source>First reminder after</source>
        <translation>Unang paalala pagkalipas ng</translation>
    </message>
    <message>
        <source>Invited candidates</source>
        <translation>Mga inimbitahang kandidato</translation>
    </message>
    <message>
        <source>Add candidates invited to the assessment as leads</source>
        <translation>Idagdag bilang lead ang mga kandidatong inimbitahan sa assessment</translation>
    </message>
    <message>
        <source>hours after a lead is added</source>
        <translation>oras matapos idagdag ang lead</translation>
    </message>
</context>
<context>
    <name>RetryRow</name>
    <message>
        <source>Same day</source>
        <translation>Parehong araw</translation>
    </message>
    <message>
        <source>hh:mm AP</source>
        <translation>hh:mm AP</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove this retry</source>
        <translation>Alisin ang retry na ito</translation>
    </message>
    <message>
        <source>at</source>
        <translation>nang</translation>
    </message>
    <message>
        <source> day later</source>
        <translation> araw pagkalipas</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> araw pagkalipas</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>First call time</source>
        <translation>Oras ng unang tawag</translation>
    </message>
    <message>
        <source>MMM dd, yyyy hh:mm AP</source>
        <translation>MMM dd, yyyy hh:mm AP</translation>
    </message>
    <message>
        <source>Add retry</source>
        <translation>Magdagdag ng retry</translation>
    </message>
    <message>
        <source>Calling window from</source>
        <translation>Oras ng pagtawag mula</translation>
    </message>
    <message>
        <source>Calling window until</source>
        <translation>Oras ng pagtawag hanggang</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>tawag/s</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Tawag bawat segundo</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Unang tawag</translation>
    </message>
    <message>
        <source>Follow-up retries</source>
        <translation>Mga follow-up na retry</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>in each lead&apos;s local time</source>
        <translation>sa lokal na oras ng bawat lead</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Oras ng pagtawag</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Bilis</translation>
    </message>
    <message>
        <source>Calling started {when}: the call time and follow-up retries can no longer change.</source>
        <translation>Nagsimula ang pagtawag noong {when}: hindi na mababago ang oras ng tawag at ang mga follow-up na retry.</translation>
    </message>
</context>
<context>
    <name>ScheduleTimeline</name>
    <message>
        <source>First call</source>
        <translation>Unang tawag</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>parehong araw</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>kinabukasan</translation>
    </message>
    <message>
        <source>+{days} days</source>
        <translation>+{days} araw</translation>
    </message>
    <message>
        <source>Retry {n}</source>
        <translation>Retry {n}</translation>
    </message>
    <message>
        <source>Call schedule</source>
        <translation>Iskedyul ng tawag</translation>
    </message>
    <message>
        <source>No call time set</source>
        <translation>Walang nakatakdang oras ng tawag</translation>
    </message>
</context>
<context>
    <name>SmsEditor</name>
    <message>
        <source>Send this SMS</source>
        <translation>Ipadala ang SMS na ito</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>Teksto ng SMS</translation>
    </message>
    <message>
        <source>{characters} characters · {encoding} · {segments} SMS</source>
        <translation>{characters} karakter · {encoding} · {segments} SMS</translation>
    </message>
    <message>
        <source>({units} units)</source>
        <translation>({units} unit)</translation>
    </message>
    <message>
        <source>SMS {n} of {count}</source>
        <translation>SMS {n} sa {count}</translation>
    </message>
</context>
<context>
    <name>TokenMenu</name>
    <message>
        <source>Insert token</source>
        <translation>Maglagay ng token</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Ibalik ang default</translation>
    </message>
</context>
<context>
    <name>TrafficAdTab</name>
    <message>
        <source>Open website</source>
        <translation>Buksan ang website</translation>
    </message>
    <message>
        <source>Send a postback</source>
        <translation>Magpadala ng postback</translation>
    </message>
    <message>
        <source>Button {n} label (20 characters)</source>
        <translation>Label ng button {n} (20 karakter)</translation>
    </message>
    <message>
        <source>Website URL or payload</source>
        <translation>URL ng website o payload</translation>
    </message>
    <message>
        <source>Traffic ad JSON</source>
        <translation>JSON ng ad ng trapiko</translation>
    </message>
    <message>
        <source>Quick creation</source>
        <translation>Mabilisang paggawa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>I-save sa file…</translation>
    </message>
    <message>
        <source>The welcome a candidate gets in Messenger after clicking a Click-to-Messenger ad. Leave it empty when the campaign runs no such ad.</source>
        <translation>Ang pagbating natatanggap ng kandidato sa Messenger pagka-click sa isang Click-to-Messenger na ad. Iwanang blangko kung walang ganitong ad ang kampanya.</translation>
    </message>
    <message>
        <source>Traffic ad</source>
        <translation>Ad ng trapiko</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Image &amp; text</source>
        <translation>Larawan at teksto</translation>
    </message>
    <message>
        <source>https://... (Image &amp; text)</source>
        <translation>https://... (Larawan at teksto)</translation>
    </message>
    <message>
        <source>Introductory text</source>
        <translation>Panimulang teksto</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Format ng mensahe</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Teksto ng mensahe</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation>Button {n}</translation>
    </message>
    <message>
        <source>This content can only be edited as JSON</source>
        <translation>Bilang JSON lang mae-edit ang nilalamang ito</translation>
    </message>
    <message>
        <source>Save the content</source>
        <translation>I-save ang nilalaman</translation>
    </message>
</context>
</TS>
