<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>AnalyticsToolbar</name>
    <message>
        <source>Time frame</source>
        <translation>Saklaw ng panahon</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Unang araw</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Huling araw</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Mga kampanya</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <source>Refresh the analytics</source>
        <translation>I-refresh ang analytics</translation>
    </message>
    <message>
        <source>Compute the charts again (F5)</source>
        <translation>Kalkulahin muli ang mga chart (F5)</translation>
    </message>
    <message>
        <source>Campaigns to include</source>
        <translation>Mga kampanyang isasama</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Lahat ng kampanya</translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <source>Analytics status</source>
        <translation>Katayuan ng analytics</translation>
    </message>
    <message>
        <source>Analytics &amp; Usage Data</source>
        <translation>Analytics at datos ng paggamit</translation>
    </message>
    <message>
        <source>Export the analytics to Excel</source>
        <translation>I-export ang analytics sa Excel</translation>
    </message>
    <message>
        <source>Analytics — {company}</source>
        <translation>Analytics — {company}</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>I-export sa Excel…</translation>
    </message>
    <message>
        <source>SMS Breakdown…</source>
        <translation>Detalye ng SMS…</translation>
    </message>
    <message>
        <source>Export the SMS breakdown to Excel</source>
        <translation>I-export ang detalye ng SMS sa Excel</translation>
    </message>
    <message>
        <source>SMS and segments sent per campaign in this time frame</source>
        <translation>Mga SMS at segment na naipadala bawat kampanya sa saklaw na ito</translation>
    </message>
    <message>
        <source>Computing analytics</source>
        <translation>Kinakalkula ang analytics</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <source>Computing analytics…</source>
        <translation>Kinakalkula ang analytics…</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Time zone: {zone}</translation>
    </message>
    <message>
        <source>The company&apos;s time zone: days and hours of every chart</source>
        <translation>Ang time zone ng kumpanya: mga araw at oras ng bawat chart</translation>
    </message>
    <message>
        <source>No activity in {frame}.

No candidate was added, completed or decided in this time frame ({campaigns}). Choose a longer time frame or other campaigns.</source>
        <translation>Walang aktibidad sa {frame}.

Walang kandidatong naidagdag, nakatapos, o napagpasyahan sa saklaw na ito ({campaigns}). Pumili ng mas mahabang saklaw o ibang mga kampanya.</translation>
    </message>
    <message>
        <source>The analytics could not be computed: {reason}</source>
        <translation>Hindi makalkula ang analytics: {reason}</translation>
    </message>
    <message>
        <source>Not computed: {reason}</source>
        <translation>Hindi nakalkula: {reason}</translation>
    </message>
</context>
<context>
    <name>ApiServerDialog</name>
    <message>
        <source>API Server</source>
        <translation>API Server</translation>
    </message>
    <message>
        <source>Server for this workspace</source>
        <translation>Server para sa workspace na ito</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Mga API key</translation>
    </message>
</context>
<context>
    <name>ApiServerProcess</name>
    <message>
        <source>the server exited with code {code}</source>
        <translation>huminto ang server na may code na {code}</translation>
    </message>
    <message>
        <source>the server could not be started</source>
        <translation>hindi masimulan ang server</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{chart} chart</source>
        <translation>Chart na {chart}</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>I-save bilang PNG…</translation>
    </message>
    <message>
        <source>Save the {chart} chart as PNG</source>
        <translation>I-save ang chart na {chart} bilang PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>I-save ang chart na ito bilang larawang PNG</translation>
    </message>
    <message>
        <source>{chart} plot</source>
        <translation>Plot ng {chart}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Week of {days}</source>
        <translation>Linggo ng {days}</translation>
    </message>
    <message>
        <source>Campaign performance overview</source>
        <translation>Buod ng performance ng mga kampanya</translation>
    </message>
    <message>
        <source>Candidates added, completed, shortlisted and rejected per day</source>
        <translation>Mga kandidatong naidagdag, nakatapos, na-shortlist at tinanggihan bawat araw</translation>
    </message>
    <message>
        <source>Candidates added, completed, shortlisted and rejected per week</source>
        <translation>Mga kandidatong naidagdag, nakatapos, na-shortlist at tinanggihan bawat linggo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Naidagdag</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakatapos</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Na-shortlist</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Mga kandidato</translation>
    </message>
    <message>
        <source>No candidate was added, completed or decided in this time frame.</source>
        <translation>Walang kandidatong naidagdag, nakatapos, o napagpasyahan sa saklaw na ito.</translation>
    </message>
    <message>
        <source>Pass &amp; participation rate</source>
        <translation>Antas ng pagpasa at paglahok</translation>
    </message>
    <message>
        <source>Share of each day&apos;s first completions shortlisted (pass) and of its first invitations completed (participation), by the frame&apos;s end</source>
        <translation>Bahagdan ng mga unang natapos na interview bawat araw na napili (pass) at ng mga unang imbitasyon nito na natapos (participation), pagsapit ng dulo ng saklaw</translation>
    </message>
    <message>
        <source>Share of each week&apos;s first completions shortlisted (pass) and of its first invitations completed (participation), by the frame&apos;s end</source>
        <translation>Bahagdan ng mga unang natapos na interview bawat linggo na napili (pass) at ng mga unang imbitasyon nito na natapos (participation), pagsapit ng dulo ng saklaw</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Antas ng pagpasa</translation>
    </message>
    <message>
        <source>no completions</source>
        <translation>walang natapos</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Antas ng paglahok</translation>
    </message>
    <message>
        <source>no invitations</source>
        <translation>walang imbitasyon</translation>
    </message>
    <message>
        <source>Percent of candidates</source>
        <translation>Porsyento ng mga kandidato</translation>
    </message>
    <message>
        <source>No invitation or completed interview in this time frame.</source>
        <translation>Walang imbitasyon o natapos na interview sa saklaw na ito.</translation>
    </message>
    <message>
        <source>Processing time by campaign</source>
        <translation>Tagal ng pagproseso bawat kampanya</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision, per day</source>
        <translation>Karaniwang oras mula sa natapos na interview hanggang sa unang desisyon, bawat araw</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision, per week</source>
        <translation>Karaniwang oras mula sa natapos na interview hanggang sa unang desisyon, bawat linggo</translation>
    </message>
    <message>
        <source>Campaign {id}</source>
        <translation>Kampanya {id}</translation>
    </message>
    <message>
        <source>24 h recommended maximum</source>
        <translation>Inirerekomendang maximum na 24 h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>No candidate was decided after completing in this time frame.</source>
        <translation>Walang kandidatong napagpasyahan pagkatapos makatapos sa saklaw na ito.</translation>
    </message>
    <message>
        <source>Candidate activity</source>
        <translation>Aktibidad ng mga kandidato</translation>
    </message>
    <message>
        <source>Average completed interviews per hour of the day</source>
        <translation>Karaniwang bilang ng natapos na interview bawat oras ng araw</translation>
    </message>
    <message>
        <source>Completed interviews (daily average)</source>
        <translation>Mga natapos na interview (karaniwan bawat araw)</translation>
    </message>
    <message>
        <source>Completed interviews</source>
        <translation>Mga natapos na interview</translation>
    </message>
    <message>
        <source>Completed per day</source>
        <translation>Natapos bawat araw</translation>
    </message>
    <message>
        <source>No interview was completed in this time frame.</source>
        <translation>Walang natapos na interview sa saklaw na ito.</translation>
    </message>
    <message>
        <source>{value} on average</source>
        <translation>{value} sa karaniwan</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Aktibidad ng mga user</translation>
    </message>
    <message>
        <source>Recruiters&apos; actions per hour of the day</source>
        <translation>Mga aksyon ng mga recruiter bawat oras ng araw</translation>
    </message>
    <message>
        <source>Shortlisting</source>
        <translation>Pag-shortlist</translation>
    </message>
    <message>
        <source>Rejecting</source>
        <translation>Pagtanggi</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Iba pang aksyon</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mga aksyon</translation>
    </message>
    <message>
        <source>No recruiter action in this time frame.</source>
        <translation>Walang aksyon ng recruiter sa saklaw na ito.</translation>
    </message>
    <message>
        <source>User {id}</source>
        <translation>User {id}</translation>
    </message>
    <message>
        <source>Processing volume by user</source>
        <translation>Dami ng naproseso bawat user</translation>
    </message>
    <message>
        <source>Candidates moved to Shortlisted, Rejected, On Hold or Hired, per user</source>
        <translation>Mga kandidatong inilipat sa Na-shortlist, Tinanggihan, Naka-hold o Na-hire, bawat user</translation>
    </message>
    <message>
        <source>Candidates processed</source>
        <translation>Mga naprosesong kandidato</translation>
    </message>
    <message>
        <source>No recruiter decision in this time frame.</source>
        <translation>Walang desisyon ng recruiter sa saklaw na ito.</translation>
    </message>
    <message>
        <source>1 candidate processed</source>
        <translation>1 kandidatong naproseso</translation>
    </message>
    <message>
        <source>{count} candidates processed</source>
        <translation>{count} kandidatong naproseso</translation>
    </message>
    <message>
        <source>Processing time by recruiter</source>
        <translation>Tagal ng pagproseso bawat recruiter</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision</source>
        <translation>Karaniwang oras mula sa natapos na interview hanggang sa unang desisyon</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Sa loob ng 24 h</translation>
    </message>
    <message>
        <source>Over 24 h</source>
        <translation>Lampas sa 24 h</translation>
    </message>
    <message>
        <source>Hour of the day ({zone})</source>
        <translation>Oras ng araw ({zone})</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Campaign performance</source>
        <translation>Performance ng mga kampanya</translation>
    </message>
    <message>
        <source>User performance</source>
        <translation>Performance ng mga user</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Naidagdag</translation>
    </message>
    <message>
        <source>Show the candidates added in the time frame</source>
        <translation>Ipakita ang mga kandidatong naidagdag sa saklaw</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakatapos</translation>
    </message>
    <message>
        <source>Show the candidates who completed in the time frame</source>
        <translation>Ipakita ang mga kandidatong nakatapos sa saklaw</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Na-shortlist</translation>
    </message>
    <message>
        <source>Show the candidates shortlisted in the time frame</source>
        <translation>Ipakita ang mga kandidatong na-shortlist sa saklaw</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Show the candidates rejected in the time frame</source>
        <translation>Ipakita ang mga kandidatong tinanggihan sa saklaw</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation>Profile ng kumpanya</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>I-deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>I-reactivate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Transfer Company Ownership</source>
        <translation>Ilipat ang pagmamay-ari ng kumpanya</translation>
    </message>
    <message>
        <source>New Manager Account…</source>
        <translation>Bagong account ng manager…</translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation>Aking account…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Koponan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Naka-deactivate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>May-ari</translation>
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
        <source>Weekly Statistics Email</source>
        <translation>Lingguhang email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Delete the account of %1?</source>
        <translation>Burahin ang account ni %1?</translation>
    </message>
    <message>
        <source>Make %1 the company&apos;s owner? You will become a manager.</source>
        <translation>Gawing may-ari ng kumpanya si %1? Magiging manager ka.</translation>
    </message>
</context>
<context>
    <name>CompanySettingsPanel</name>
    <message>
        <source>Company Settings</source>
        <translation>Mga setting ng kumpanya</translation>
    </message>
    <message>
        <source>acme.com, acme.ph (empty: any domain)</source>
        <translation>acme.com, acme.ph (walang laman: kahit anong domain)</translation>
    </message>
    <message>
        <source>203.0.113.7, 10.0.0.0/8 (empty: any address)</source>
        <translation>203.0.113.7, 10.0.0.0/8 (walang laman: kahit anong address)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>I-save ang mga setting</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Pangalan ng kumpanya</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Domain whitelist</source>
        <translation>Mga pinahihintulutang domain</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>Mga pinahihintulutang IP</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation>Mga address ng computer na ito</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Nai-save.</translation>
    </message>
</context>
<context>
    <name>CompanySwitcher</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Kumpanya</translation>
    </message>
</context>
<context>
    <name>DrillTitle</name>
    <message>
        <source>Campaign performance</source>
        <translation>Performance ng mga kampanya</translation>
    </message>
    <message>
        <source>Pass &amp; participation rate</source>
        <translation>Antas ng pagpasa at paglahok</translation>
    </message>
    <message>
        <source>Candidate activity</source>
        <translation>Aktibidad ng mga kandidato</translation>
    </message>
    <message>
        <source>Processing volume</source>
        <translation>Dami ng naproseso</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Tagal ng pagproseso</translation>
    </message>
    <message>
        <source>Processing time by campaign</source>
        <translation>Tagal ng pagproseso bawat kampanya</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Aktibidad ng mga user</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Naidagdag</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Nakatapos</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Na-shortlist</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Antas ng pagpasa</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Antas ng paglahok</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Mga desisyon</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Naproseso</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>wrong email or password</source>
        <translation>mali ang email o password</translation>
    </message>
    <message>
        <source>that account does not exist in this company</source>
        <translation>walang ganoong account sa kompanyang ito</translation>
    </message>
    <message>
        <source>you are the owner already</source>
        <translation>ikaw na ang may-ari</translation>
    </message>
    <message>
        <source>name: a name is needed</source>
        <translation>pangalan: kailangan ng pangalan</translation>
    </message>
    <message>
        <source>current password: it does not match</source>
        <translation>kasalukuyang password: hindi ito tugma</translation>
    </message>
    <message>
        <source>password: no spaces at its start or end</source>
        <translation>password: walang espasyo sa simula o dulo nito</translation>
    </message>
    <message>
        <source>public url: give the base address, without ? or #</source>
        <translation>pampublikong URL: ibigay ang base address, walang ? o #</translation>
    </message>
    <message>
        <source>name: the company needs a name</source>
        <translation>pangalan: kailangan ng pangalan ng kompanya</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>kailangan ng pangalan ng kompanya</translation>
    </message>
    <message>
        <source>a campaign needs a title</source>
        <translation>kailangan ng pamagat ng campaign</translation>
    </message>
    <message>
        <source>this address is not in the company&apos;s IP whitelist</source>
        <translation>wala ang address na ito sa IP whitelist ng kompanya</translation>
    </message>
    <message>
        <source>this invitation link is not valid: used, expired or unknown</source>
        <translation>hindi valid ang link ng imbitasyong ito: nagamit na, expired o hindi kilala</translation>
    </message>
    <message>
        <source>this invitation was revoked by the company&apos;s owner</source>
        <translation>binawi ng may-ari ng kompanya ang imbitasyong ito</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>kailangan ng pangalan ng label</translation>
    </message>
    <message>
        <source>first name: required</source>
        <translation>pangalan: kailangan</translation>
    </message>
    <message>
        <source>the sheet address must start with https://</source>
        <translation>dapat magsimula sa https:// ang address ng sheet</translation>
    </message>
    <message>
        <source>the sheet is larger than 200 MB</source>
        <translation>mas malaki sa 200 MB ang sheet</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>kinansela ang pag-download</translation>
    </message>
    <message>
        <source>every: from 1 to 1440 minutes</source>
        <translation>bawat: mula 1 hanggang 1440 minuto</translation>
    </message>
    <message>
        <source>email: the candidate has no email address</source>
        <translation>email: walang email address ang kandidato</translation>
    </message>
    <message>
        <source>messenger: the candidate has not written to the page yet</source>
        <translation>Messenger: hindi pa sumusulat ang kandidato sa page</translation>
    </message>
    <message>
        <source>message: the text is empty</source>
        <translation>mensahe: walang laman ang teksto</translation>
    </message>
    <message>
        <source>body: the text is empty</source>
        <translation>nilalaman: walang laman ang teksto</translation>
    </message>
    <message>
        <source>title: required</source>
        <translation>pamagat: kailangan</translation>
    </message>
    <message>
        <source>sms: the campaign&apos;s invitation SMS is not enabled</source>
        <translation>SMS: hindi naka-on ang SMS na imbitasyon ng campaign</translation>
    </message>
    <message>
        <source>not connected: no provider is set for this channel</source>
        <translation>hindi nakakonekta: walang provider na nakatakda para sa channel na ito</translation>
    </message>
    <message>
        <source>the candidate has no Messenger id to write to</source>
        <translation>walang Messenger ID ang kandidato na masusulatan</translation>
    </message>
    <message>
        <source>sms: the candidate has no phone number</source>
        <translation>SMS: walang numero ng telepono ang kandidato</translation>
    </message>
    <message>
        <source>voice: the candidate has no phone number</source>
        <translation>voice: walang numero ng telepono ang kandidato</translation>
    </message>
    <message>
        <source>robocall: the candidate has no phone number</source>
        <translation>robocall: walang numero ng telepono ang kandidato</translation>
    </message>
    <message>
        <source>robocall: the candidate has already completed the interview</source>
        <translation>robocall: natapos na ng kandidato ang interview</translation>
    </message>
    <message>
        <source>robocall: the campaign&apos;s interview has no questions</source>
        <translation>robocall: walang tanong ang interview ng campaign</translation>
    </message>
    <message>
        <source>voice: no voice provider is connected (Settings &gt; Providers)</source>
        <translation>voice: walang nakakonektang voice provider (Mga setting &gt; Mga provider)</translation>
    </message>
    <message>
        <source>my phone: set your own phone first (it rings first)</source>
        <translation>aking telepono: itakda muna ang sarili mong telepono (ito ang unang tutunog)</translation>
    </message>
    <message>
        <source>the voice service is no longer set to Twilio</source>
        <translation>hindi na nakatakda sa Twilio ang voice service</translation>
    </message>
    <message>
        <source>port: must be a number</source>
        <translation>port: dapat ay numero</translation>
    </message>
    <message>
        <source>api base url: must start with http:// or https://</source>
        <translation>base URL ng API: dapat magsimula sa http:// o https://</translation>
    </message>
    <message>
        <source>address: the simulated candidate needs a phone or email</source>
        <translation>address: kailangan ng telepono o email ng kunwaring kandidato</translation>
    </message>
    <message>
        <source>reply: the text is empty</source>
        <translation>sagot: walang laman ang teksto</translation>
    </message>
    <message>
        <source>answer: say something (type a text or key in digits)</source>
        <translation>sagot: magsabi ng kahit ano (mag-type ng teksto o pumindot ng mga numero)</translation>
    </message>
    <message>
        <source>expires: must be in the future</source>
        <translation>mag-e-expire: dapat ay sa hinaharap</translation>
    </message>
    <message>
        <source>expires: at most 365 days</source>
        <translation>mag-e-expire: hanggang 365 araw lang</translation>
    </message>
    <message>
        <source>sections: choose at least one</source>
        <translation>mga seksyon: pumili ng kahit isa</translation>
    </message>
    <message>
        <source>no secret store to keep the sharing key in</source>
        <translation>walang secret store na mapaglalagyan ng sharing key</translation>
    </message>
    <message>
        <source>a site needs a name of 1 to 200 characters</source>
        <translation>kailangan ng site ng pangalang may 1 hanggang 200 character</translation>
    </message>
    <message>
        <source>already moved by someone else: {who}; nothing was moved</source>
        <translation>nailipat na ng iba: {who}; walang nailipat</translation>
    </message>
    <message>
        <source>{count} candidates were already moved by someone else: {who}; nothing was moved</source>
        <translation>nailipat na ng iba ang {count} kandidato: {who}; walang nailipat</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else moved {who} since</source>
        <translation>hindi ma-undo ang &apos;{action}&apos;: may ibang naglipat mula noon: {who}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else took {label} off {who} since</source>
        <translation>hindi ma-undo ang &apos;{action}&apos;: may ibang nag-alis ng {label} mula noon: {who}</translation>
    </message>
    <message>
        <source>cannot redo &apos;{action}&apos;: someone else took {label} off {who} since</source>
        <translation>hindi ma-redo ang &apos;{action}&apos;: may ibang nag-alis ng {label} mula noon: {who}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else put {label} on {who} since</source>
        <translation>hindi ma-undo ang &apos;{action}&apos;: may ibang naglagay ng {label} mula noon: {who}</translation>
    </message>
    <message>
        <source>cannot redo &apos;{action}&apos;: someone else put {label} on {who} since</source>
        <translation>hindi ma-redo ang &apos;{action}&apos;: may ibang naglagay ng {label} mula noon: {who}</translation>
    </message>
    <message>
        <source>{candidate} to {folder} by the system</source>
        <translation>{candidate} sa {folder} ng system</translation>
    </message>
    <message>
        <source>{candidate} to {folder} by {user}</source>
        <translation>{candidate} sa {folder} ni {user}</translation>
    </message>
    <message>
        <source>{candidate} to {folder}</source>
        <translation>{candidate} sa {folder}</translation>
    </message>
    <message>
        <source>{candidate} by the system</source>
        <translation>{candidate} (ng system)</translation>
    </message>
    <message>
        <source>{candidate} by {user}</source>
        <translation>{candidate} (ni {user})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>at {count} pa</translation>
    </message>
    <message>
        <source>Move {count} to {folder}</source>
        <translation>Paglipat ng {count} sa {folder}</translation>
    </message>
    <message>
        <source>Label {count} {label}</source>
        <translation>Paglagay ng {label} sa {count}</translation>
    </message>
    <message>
        <source>Unlabel {count} {label}</source>
        <translation>Pag-alis ng {label} sa {count}</translation>
    </message>
    <message>
        <source>Change Campaign Settings of {title}</source>
        <translation>Pagbago sa mga setting ng kampanyang {title}</translation>
    </message>
    <message>
        <source>no candidate with id {id}</source>
        <translation>walang kandidatong may ID na {id}</translation>
    </message>
    <message>
        <source>no label named {label}</source>
        <translation>walang label na {label}</translation>
    </message>
    <message>
        <source>label names are at most {count} characters</source>
        <translation>hanggang {count} character lang ang pangalan ng label</translation>
    </message>
    <message>
        <source>{label} is an automatic label and cannot be set by hand</source>
        <translation>awtomatikong label ang {label} at hindi ito mailalagay nang mano-mano</translation>
    </message>
    <message>
        <source>cv: {file} is not a file</source>
        <translation>CV: hindi file ang {file}</translation>
    </message>
    <message>
        <source>cv: {file} must be between 1 byte and 20 MB</source>
        <translation>CV: dapat nasa pagitan ng 1 byte at 20 MB ang {file}</translation>
    </message>
    <message>
        <source>cv: {file} is not a {kinds} file</source>
        <translation>CV: hindi {kinds} file ang {file}</translation>
    </message>
    <message>
        <source>campaign titles are at most {count} characters</source>
        <translation>hanggang {count} character lang ang pamagat ng campaign</translation>
    </message>
    <message>
        <source>message: longer than {count} characters</source>
        <translation>mensahe: mas mahaba sa {count} character</translation>
    </message>
    <message>
        <source>body: longer than {count} characters</source>
        <translation>nilalaman: mas mahaba sa {count} character</translation>
    </message>
    <message>
        <source>title: longer than {count} characters</source>
        <translation>pamagat: mas mahaba sa {count} character</translation>
    </message>
    <message>
        <source>title: a quick reply called {name} already exists</source>
        <translation>pamagat: may mabilisang sagot nang tinatawag na {name}</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>password: gumamit ng hindi bababa sa {count} character</translation>
    </message>
    <message>
        <source>email: not an email address: {email}</source>
        <translation>email: hindi email address: {email}</translation>
    </message>
    <message>
        <source>email: {email} already has an account here</source>
        <translation>email: may account na rito ang {email}</translation>
    </message>
    <message>
        <source>the account {email} is deactivated: ask the owner</source>
        <translation>naka-deactivate ang account na {email}: magtanong sa may-ari</translation>
    </message>
    <message>
        <source>{email} is not on the company&apos;s domain whitelist</source>
        <translation>wala ang {email} sa domain whitelist ng kompanya</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export cancelled after {count} {noun}: no file written</source>
        <translation>Kinansela ang pag-export pagkatapos ng {count} {noun}: walang file na naisulat</translation>
    </message>
    <message>
        <source>Exported {count} {noun} to {file}</source>
        <translation>Na-export ang {count} {noun} sa {file}</translation>
    </message>
    <message>
        <source>Every candidate of the chosen campaign, with answers and transcript, to .xlsx</source>
        <translation>Lahat ng kandidato ng napiling kampanya, kasama ang mga sagot at transcript, sa .xlsx</translation>
    </message>
    <message>
        <source>The selected candidates in the ATS JSON shape</source>
        <translation>Ang mga napiling kandidato sa anyong ATS JSON</translation>
    </message>
    <message>
        <source>Export &amp;Campaign to Excel…</source>
        <translation>I-export ang &amp;kampanya sa Excel…</translation>
    </message>
    <message>
        <source>Export Selected as &amp;ATS JSON…</source>
        <translation>I-export ang mga napili bilang &amp;ATS JSON…</translation>
    </message>
    <message>
        <source>&amp;SMS Breakdown…</source>
        <translation>Detalye ng &amp;SMS…</translation>
    </message>
    <message>
        <source>SMS and segments sent per campaign in the last {days} days, to .xlsx</source>
        <translation>Mga SMS at segment na naipadala bawat kampanya sa nakaraang {days} araw, sa .xlsx</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Nabigo ang pag-export: {error}</translation>
    </message>
    <message>
        <source>Choose a campaign to export (the list shows all campaigns)</source>
        <translation>Pumili ng kampanya na ie-export (lahat ng kampanya ang ipinapakita ng listahan)</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampanya</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>I-export ang kampanya</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {title}</source>
        <translation>Ine-export ang {title}</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>kandidato</translation>
    </message>
    <message>
        <source>Select the candidates to export first</source>
        <translation>Piliin muna ang mga kandidatong ie-export</translation>
    </message>
    <message>
        <source>Export as ATS JSON</source>
        <translation>I-export bilang ATS JSON</translation>
    </message>
    <message>
        <source>Exporting ATS JSON</source>
        <translation>Ine-export ang ATS JSON</translation>
    </message>
    <message>
        <source>SMS Breakdown</source>
        <translation>Detalye ng SMS</translation>
    </message>
    <message>
        <source>SMS breakdown</source>
        <translation>Detalye ng SMS</translation>
    </message>
    <message>
        <source>Writing the SMS breakdown</source>
        <translation>Isinusulat ang detalye ng SMS</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>kampanya</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Form error</source>
        <translation>Error sa form</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Error sa {field}</translation>
    </message>
</context>
<context>
    <name>FileDropZone</name>
    <message>
        <source>Drop a file here</source>
        <translation>I-drop ang file dito</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Mag-browse…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Maghanap ng file</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pumili ng file</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>MMM d, yyyy, HH:mm</translation>
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
        <translation>ddd, MMM d</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>ngayon, {time}</translation>
    </message>
    <message>
        <source>Scheduled for {when} (candidate&apos;s time)</source>
        <translation>Naka-iskedyul sa {when} (oras ng kandidato)</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Finding the candidates</source>
        <translation>Hinahanap ang mga kandidato</translation>
    </message>
    <message>
        <source>{title}: 1 candidate</source>
        <translation>{title}: 1 kandidato</translation>
    </message>
    <message>
        <source>{title}: {count} candidates</source>
        <translation>{title}: {count} kandidato</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Hindi nagawa: {reason}</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Ine-export sa Excel</translation>
    </message>
    <message>
        <source>Finding the candidates…</source>
        <translation>Hinahanap ang mga kandidato…</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Ine-export sa Excel…</translation>
    </message>
    <message>
        <source>Analytics saved to {path}</source>
        <translation>Nai-save ang analytics sa {path}</translation>
    </message>
    <message>
        <source>Export analytics to Excel</source>
        <translation>I-export ang analytics sa Excel</translation>
    </message>
    <message>
        <source>SMS Breakdown</source>
        <translation>Detalye ng SMS</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Mga Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Nai-save ang chart sa {path}</translation>
    </message>
    <message>
        <source>Not done: could not write {path}</source>
        <translation>Hindi nagawa: hindi maisulat ang {path}</translation>
    </message>
    <message>
        <source>Save {chart} as PNG</source>
        <translation>I-save ang {chart} bilang PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Mga larawang PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Intake (career sites: key and secret)</source>
        <translation>Intake (mga career site: key at secret)</translation>
    </message>
    <message>
        <source>Partner (bearer key)</source>
        <translation>Partner (bearer key)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Huling ginamit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Mga API key</translation>
    </message>
    <message>
        <source>Name, e.g. Careers site</source>
        <translation>Pangalan, hal. Careers site</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Pangalan ng key</translation>
    </message>
    <message>
        <source>Campaign for the example</source>
        <translation>Kampanya para sa halimbawa</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Gumawa ng key</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Bawiin</translation>
    </message>
    <message>
        <source>Example for campaign</source>
        <translation>Halimbawa para sa kampanya</translation>
    </message>
    <message>
        <source>Read API keys</source>
        <translation>Basahin ang mga API key</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Binawi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation>Gumawa ng API key</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Bawiin ang API key</translation>
    </message>
    <message>
        <source>Revoke the key “{key}”? Requests with it are refused at once.</source>
        <translation>Bawiin ang key na “{key}”? Agad na tatanggihan ang mga request na gumagamit nito.</translation>
    </message>
    <message>
        <source>Revoke an API key</source>
        <translation>Bawiin ang isang API key</translation>
    </message>
</context>
<context>
    <name>MessengerWebhookBox</name>
    <message>
        <source>Webhook (replies from Messenger)</source>
        <translation>Webhook (mga sagot mula sa Messenger)</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Verify token</translation>
    </message>
    <message>
        <source>Save webhook secrets</source>
        <translation>I-save ang mga secret ng webhook</translation>
    </message>
    <message>
        <source>Webhook status</source>
        <translation>Katayuan ng webhook</translation>
    </message>
    <message>
        <source>Messenger webhook {secret}</source>
        <translation>Messenger webhook: {secret}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Iwanang blangko para panatilihin ang naka-save</translation>
    </message>
    <message>
        <source>Stored. Callback URL: &lt;public URL&gt;{path}</source>
        <translation>Naka-save. Callback URL: &lt;pampublikong URL&gt;{path}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Hindi pa naka-set</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My Account</source>
        <translation>Aking account</translation>
    </message>
    <message>
        <source>Receive Weekly Statistics Email</source>
        <translation>Tumanggap ng lingguhang email ng estadistika</translation>
    </message>
    <message>
        <source>Call Candidate rings this phone first</source>
        <translation>Ang Tawagan ang Kandidato ay unang tatawag sa teleponong ito</translation>
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
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Aking telepono</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Palitan ang password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kasalukuyang password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulitin ang bagong password</translation>
    </message>
    <message>
        <source>new password: the two entries differ</source>
        <translation>bagong password: hindi magkapareho ang dalawang inilagay</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Nai-save.</translation>
    </message>
</context>
<context>
    <name>NewKeyBox</name>
    <message>
        <source>Copy the secret now: it is not shown again. The workspace keeps only its hash.</source>
        <translation>Kopyahin na ngayon ang secret: hindi na ito ipapakita muli. Hash lang nito ang itinatago ng workspace.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Bagong key</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Bagong secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Kopyahin ang secret</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Halimbawang request</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Kopyahin ang request</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Subukan</translation>
    </message>
</context>
<context>
    <name>NewManagerDialog</name>
    <message>
        <source>New Manager Account</source>
        <translation>Bagong account ng manager</translation>
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
        <source>Send invitation</source>
        <translation>Ipadala ang imbitasyon</translation>
    </message>
    <message>
        <source>Invitation to %1: %2. Link (valid until %3 UTC): %4</source>
        <translation>Imbitasyon kay %1: %2. Link (may bisa hanggang %3 UTC): %4</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsPanel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Inimbitahan ni</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Mag-e-expire (UTC)</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>Mga nakabinbing imbitasyon</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>Bawiin ang imbitasyon</translation>
    </message>
    <message>
        <source>Invitation of %1 revoked: its link no longer works.</source>
        <translation>Binawi ang imbitasyon ni %1: hindi na gumagana ang link nito.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Voice calls</source>
        <translation>Mga voice call</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (ang computer na ito)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Facebook page</translation>
    </message>
    <message>
        <source>Messages go to the candidate phone simulator on this computer (Tools &gt; Candidate Phone Simulator), and replies written there come back like real ones. Nothing leaves this computer.</source>
        <translation>Napupunta ang mga mensahe sa simulator ng telepono ng kandidato sa computer na ito (Mga Tool &gt; Simulator ng Telepono ng Kandidato), at bumabalik na parang totoo ang mga sagot na isinulat doon. Walang lumalabas sa computer na ito.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Page access token</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Iwanang blangko para panatilihin ang naka-save</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Wala (hindi naka-encrypt)</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC… (Twilio console)</source>
        <translation>AC… (Twilio console)</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Numerong nagpapadala</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Address ng API</translation>
    </message>
    <message>
        <source>Leave empty for api.twilio.com</source>
        <translation>Iwanang blangko para sa api.twilio.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Leave empty when the server needs no login</source>
        <translation>Iwanang blangko kung hindi kailangang mag-login sa server</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Address na nagpapadala</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID ng page</translation>
    </message>
    <message>
        <source>The page&apos;s numeric ID</source>
        <translation>Ang numerong ID ng page</translation>
    </message>
    <message>
        <source>Page username</source>
        <translation>Username ng page</translation>
    </message>
    <message>
        <source>For the m.me interview link (optional)</source>
        <translation>Para sa m.me na link ng interview (opsyonal)</translation>
    </message>
    <message>
        <source>Leave empty for graph.facebook.com</source>
        <translation>Iwanang blangko para sa graph.facebook.com</translation>
    </message>
    <message>
        <source>Needed when a user name is set</source>
        <translation>Kailangan kapag may username</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kailangan</translation>
    </message>
    <message>
        <source>{service} provider</source>
        <translation>Provider ng {service}</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <source>Test the {service} connection</source>
        <translation>Subukan ang koneksyon ng {service}</translation>
    </message>
    <message>
        <source>Saves this tab when it changed, then asks the provider</source>
        <translation>Sine-save ang tab na ito kung may binago, saka tinatanong ang provider</translation>
    </message>
    <message>
        <source>{service} connection test result</source>
        <translation>Resulta ng pagsubok sa koneksyon ng {service}</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Mga provider</translation>
    </message>
    <message>
        <source>Choose how messages reach candidates. Secrets are kept in the system keyring, never in the database, and are never shown again.</source>
        <translation>Piliin kung paano makakarating ang mga mensahe sa mga kandidato. Itinatago ang mga secret sa keyring ng system, hindi kailanman sa database, at hindi na muling ipinapakita.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Mga serbisyo</translation>
    </message>
    <message>
        <source>Save the provider settings</source>
        <translation>I-save ang mga setting ng provider</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Isara nang hindi sine-save</translation>
    </message>
    <message>
        <source>Saving providers</source>
        <translation>Sine-save ang mga provider</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sinusubukan…</translation>
    </message>
    <message>
        <source>Testing {service}</source>
        <translation>Sinusubukan ang {service}</translation>
    </message>
    <message>
        <source>{service} not saved: {reason}</source>
        <translation>Hindi na-save ang {service}: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Hindi na-save: {reason}</translation>
    </message>
</context>
<context>
    <name>RecruiterActions</name>
    <message>
        <source>Queued 1 message</source>
        <translation>1 mensahe ang nakapila</translation>
    </message>
    <message>
        <source>Queued {count} messages</source>
        <translation>{count} mensahe ang nakapila</translation>
    </message>
    <message>
        <source>{count} skipped ({why})</source>
        <translation>{count} nilaktawan ({why})</translation>
    </message>
    <message>
        <source>Already invited to {test}</source>
        <translation>Naimbitahan na sa {test}</translation>
    </message>
    <message>
        <source>Invited to {test}</source>
        <translation>Inimbitahan sa {test}</translation>
    </message>
    <message>
        <source>lead of 1 company campaign</source>
        <translation>lead ng 1 kampanya ng kumpanya</translation>
    </message>
    <message>
        <source>lead of {count} company campaigns</source>
        <translation>lead ng {count} kampanya ng kumpanya</translation>
    </message>
    <message>
        <source>{count} did not add ({why})</source>
        <translation>{count} ang hindi naidagdag ({why})</translation>
    </message>
    <message>
        <source>Moved {count} to {folder}</source>
        <translation>Inilipat ang {count} sa {folder}</translation>
    </message>
    <message>
        <source>Moving to {folder}</source>
        <translation>Inililipat sa {folder}</translation>
    </message>
    <message>
        <source>Labelled {count} {label}</source>
        <translation>Nilagyan ng {label} ang {count}</translation>
    </message>
    <message>
        <source>Labelling {label}</source>
        <translation>Nilalagyan ng {label}</translation>
    </message>
    <message>
        <source>Removed {label} from {count}</source>
        <translation>Inalis ang {label} sa {count}</translation>
    </message>
    <message>
        <source>Removing {label}</source>
        <translation>Inaalis ang {label}</translation>
    </message>
    <message>
        <source>Created label {label}</source>
        <translation>Nagawa ang label na {label}</translation>
    </message>
    <message>
        <source>Refreshed the PIN code of {count}</source>
        <translation>Na-refresh ang PIN code ng {count}</translation>
    </message>
    <message>
        <source>Refreshing PIN codes</source>
        <translation>Nire-refresh ang mga PIN code</translation>
    </message>
    <message>
        <source>Queueing messages</source>
        <translation>Ipinipila ang mga mensahe</translation>
    </message>
    <message>
        <source>no invitation queued</source>
        <translation>walang imbitasyong nakapila</translation>
    </message>
    <message>
        <source>Queued 1 invitation message</source>
        <translation>1 mensahe ng imbitasyon ang nakapila</translation>
    </message>
    <message>
        <source>Queued {count} invitation messages</source>
        <translation>{count} mensahe ng imbitasyon ang nakapila</translation>
    </message>
    <message>
        <source>{count} not invited (see No Campaign Invitation)</source>
        <translation>{count} ang hindi naimbitahan (tingnan ang Hindi Naimbitahan)</translation>
    </message>
    <message>
        <source>Sending invitations</source>
        <translation>Ipinapadala ang mga imbitasyon</translation>
    </message>
    <message>
        <source>No notification queued: no enabled {event} template, or no phone or email</source>
        <translation>Walang notification na nakapila: walang naka-enable na template para sa {event}, o walang telepono o email</translation>
    </message>
    <message>
        <source>Queued 1 {event} notification</source>
        <translation>1 notification para sa {event} ang nakapila</translation>
    </message>
    <message>
        <source>Queued {count} {event} notifications</source>
        <translation>{count} notification para sa {event} ang nakapila</translation>
    </message>
    <message>
        <source>Notifying candidates</source>
        <translation>Inaabisuhan ang mga kandidato</translation>
    </message>
    <message>
        <source>Phone interview call queued for the candidate</source>
        <translation>Nakapila ang tawag para sa phone interview ng kandidato</translation>
    </message>
    <message>
        <source>Phone interview call queued for {name}</source>
        <translation>Nakapila ang tawag para sa phone interview ni {name}</translation>
    </message>
    <message>
        <source>Bot stopped for this candidate</source>
        <translation>Itinigil ang bot para sa kandidatong ito</translation>
    </message>
    <message>
        <source>Bot resumed</source>
        <translation>Ipinagpatuloy ang bot</translation>
    </message>
    <message>
        <source>Invitation SMS queued</source>
        <translation>Nakapila ang SMS ng imbitasyon</translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation>Nai-save ang komento</translation>
    </message>
    <message>
        <source>Message scheduled</source>
        <translation>Naka-iskedyul ang mensahe</translation>
    </message>
    <message>
        <source>Message {note}</source>
        <translation>Mensahe: {note}</translation>
    </message>
    <message>
        <source>Message queued ({channel})</source>
        <translation>Nakapila ang mensahe ({channel})</translation>
    </message>
    <message>
        <source>Nothing to retry: the message is no longer failed</source>
        <translation>Walang uulitin: hindi na bigo ang mensahe</translation>
    </message>
    <message>
        <source>Queued 1 message again</source>
        <translation>Muling nakapila ang 1 mensahe</translation>
    </message>
    <message>
        <source>Queued {count} messages again</source>
        <translation>Muling nakapila ang {count} mensahe</translation>
    </message>
    <message>
        <source>Created quick reply {title}</source>
        <translation>Nagawa ang quick reply na {title}</translation>
    </message>
    <message>
        <source>Saved quick reply {title}</source>
        <translation>Nai-save ang quick reply na {title}</translation>
    </message>
    <message>
        <source>Deleted quick reply {title}</source>
        <translation>Binura ang quick reply na {title}</translation>
    </message>
    <message>
        <source>Undid: {action}</source>
        <translation>Na-undo: {action}</translation>
    </message>
    <message>
        <source>Redid: {action}</source>
        <translation>Na-redo: {action}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Ginagawa</translation>
    </message>
</context>
<context>
    <name>SandboxInboxModel</name>
    <message>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>Isinulat mo</translation>
    </message>
    <message>
        <source>{sender} wrote</source>
        <translation>Isinulat ni {sender}</translation>
    </message>
    <message>
        <source> (subject {subject})</source>
        <translation> (paksa {subject})</translation>
    </message>
    <message>
        <source>{who} by {channel} at {time}{subject}: {body}</source>
        <translation>{who} sa {channel} nang {time}{subject}: {body}</translation>
    </message>
</context>
<context>
    <name>SandboxPhoneWindow</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Candidate Phone (sandbox)</source>
        <translation>Telepono ng kandidato (sandbox)</translation>
    </message>
    <message>
        <source>What the sandbox delivered to this address, as the candidate sees it. Answer as the candidate: the recruiter sees the reply after the next sync.</source>
        <translation>Ang naihatid ng sandbox sa address na ito, gaya ng nakikita ng kandidato. Sumagot bilang kandidato: makikita ng recruiter ang sagot pagkatapos ng susunod na sync.</translation>
    </message>
    <message>
        <source>Messages on the candidate&apos;s phone</source>
        <translation>Mga mensahe sa telepono ng kandidato</translation>
    </message>
    <message>
        <source>Reply as the candidate</source>
        <translation>Sumagot bilang kandidato</translation>
    </message>
    <message>
        <source>Write as the candidate…</source>
        <translation>Sumulat bilang kandidato…</translation>
    </message>
    <message>
        <source>Send as candidate</source>
        <translation>Ipadala bilang kandidato</translation>
    </message>
    <message>
        <source>Send as the candidate</source>
        <translation>Ipadala bilang ang kandidato</translation>
    </message>
    <message>
        <source>Type the candidate&apos;s phone number or email address.</source>
        <translation>I-type ang numero ng telepono o email address ng kandidato.</translation>
    </message>
    <message>
        <source>Nothing delivered to {address} yet.</source>
        <translation>Wala pang naihatid sa {address}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Hindi naipadala: {reason}</translation>
    </message>
    <message>
        <source>Sent. The recruiter sees it after the next sync.</source>
        <translation>Naipadala. Makikita ito ng recruiter pagkatapos ng susunod na sync.</translation>
    </message>
    <message>
        <source>Candidate phone number or email</source>
        <translation>Numero ng telepono o email ng kandidato</translation>
    </message>
    <message>
        <source>+639171234567 or name@example.com</source>
        <translation>+639171234567 o pangalan@example.com</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Channel ng sagot</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Stopped</source>
        <translation>Nakahinto</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Sinisimulan…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Itinitigil…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Katayuan ng server</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Mga huling request</translation>
    </message>
    <message>
        <source>Last requests (time, method, path, status, duration, key id)</source>
        <translation>Mga huling request (oras, method, path, status, tagal, key id)</translation>
    </message>
    <message>
        <source>Listening on {url}</source>
        <translation>Nakikinig sa {url}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Nakahinto: {reason}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Simulan</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move around</source>
        <translation>Paggalaw</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Magpasya</translation>
    </message>
    <message>
        <source>Select and label</source>
        <translation>Pumili at mag-label</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Susunod na kandidato</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>Nakaraang kandidato</translation>
    </message>
    <message>
        <source>Open the candidate</source>
        <translation>Buksan ang kandidato</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <source>Clear search, then selection</source>
        <translation>I-clear ang paghahanap, saka ang pagpili</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>I-shortlist</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tanggihan</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>I-hold</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>I-hire</translation>
    </message>
    <message>
        <source>Back to the Inbox</source>
        <translation>Ibalik sa Inbox</translation>
    </message>
    <message>
        <source>Select all matching the filter</source>
        <translation>Piliin lahat ng tugma sa filter</translation>
    </message>
    <message>
        <source>Add or remove a label</source>
        <translation>Magdagdag o mag-alis ng label</translation>
    </message>
    <message>
        <source>Write to the candidate</source>
        <translation>Sumulat sa kandidato</translation>
    </message>
    <message>
        <source>Send (in the composer)</source>
        <translation>Ipadala (sa composer)</translation>
    </message>
    <message>
        <source>Retry a failed message (in the conversation)</source>
        <translation>Ulitin ang bigong mensahe (sa usapan)</translation>
    </message>
    <message>
        <source>Actions of the focused message</source>
        <translation>Mga aksyon ng naka-focus na mensahe</translation>
    </message>
    <message>
        <source>Add candidates</source>
        <translation>Magdagdag ng mga kandidato</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Undo a move or label change</source>
        <translation>I-undo ang paglipat o pagbabago ng label</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Ipakita ang mga shortcut na ito</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Mag-sign in sa %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Tandaan ako sa computer na ito</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Background work progress</source>
        <translation>Progreso ng gawain sa background</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Cancel background work</source>
        <translation>Kanselahin ang gawain sa background</translation>
    </message>
    <message>
        <source> (+{count} queued)</source>
        <translation> (+{count} nakapila)</translation>
    </message>
    <message>
        <source>{task} — cancelling…</source>
        <translation>{task} — kinakansela…</translation>
    </message>
</context>
<context>
    <name>TimeFrame</name>
    <message>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Nakaraang 7 araw</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Nakaraang 30 araw</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Nakaraang 90 araw</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ngayong taon</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Nakaraang 2 taon</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>{zone} (unknown zone, UTC used)</source>
        <translation>{zone} (hindi kilalang zone, UTC ang ginamit)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 araw</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} araw</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>walang desisyon</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Lahat ng kampanya</translation>
    </message>
    <message>
        <source>Campaign {id}</source>
        <translation>Kampanya {id}</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Walang kampanya</translation>
    </message>
    <message>
        <source>{count} campaigns</source>
        <translation>{count} kampanya</translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>{total} in the time frame</source>
        <translation>{total} sa saklaw</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Company Profile…</source>
        <translation>Profile ng kumpanya…</translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation>Aking account…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Mag-sign out</translation>
    </message>
    <message>
        <source>User menu: %1</source>
        <translation>Menu ng user: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
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
</context>
<context>
    <name>WeeklyEmailCheck</name>
    <message>
        <source>Weekly statistics email</source>
        <translation>Lingguhang email ng estadistika</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;I-undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>The campaign&apos;s interview steps and recordings</source>
        <translation>Ang mga hakbang ng interview ng kampanya at mga recording nito</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;I-edit</translation>
    </message>
    <message>
        <source>See what the sandbox delivered and reply as the candidate</source>
        <translation>Tingnan ang naihatid ng sandbox at sumagot bilang kandidato</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Mga &amp;tool</translation>
    </message>
    <message>
        <source>Outbound calling campaigns of the company: schedules, leads and call outcomes</source>
        <translation>Mga outbound calling kampanya ng kumpanya: iskedyul, mga lead at resulta ng tawag</translation>
    </message>
    <message>
        <source>Serve the candidate intake API for this workspace; manage its API keys</source>
        <translation>Patakbuhin ang candidate intake API para sa workspace na ito; pamahalaan ang mga API key nito</translation>
    </message>
    <message>
        <source>&amp;Add Candidates…</source>
        <translation>&amp;Magdagdag ng mga kandidato…</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>&amp;Interview…</translation>
    </message>
    <message>
        <source>Candidate &amp;Phone Simulator…</source>
        <translation>Simulator ng &amp;telepono ng kandidato…</translation>
    </message>
    <message>
        <source>&amp;Analytics &amp;&amp; Usage Data…</source>
        <translation>&amp;Analytics at datos ng paggamit…</translation>
    </message>
    <message>
        <source>Company &amp;Campaigns…</source>
        <translation>Mga &amp;kampanya ng kumpanya…</translation>
    </message>
    <message>
        <source>API &amp;Server…</source>
        <translation>API &amp;Server…</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>Mga &amp;provider…</translation>
    </message>
    <message>
        <source>How messages reach candidates: sandbox, Twilio, SMTP</source>
        <translation>Paano nakakarating ang mga mensahe sa mga kandidato: sandbox, Twilio, SMTP</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Mga &amp;setting</translation>
    </message>
    <message>
        <source>&amp;Notify Candidates</source>
        <translation>&amp;Abisuhan ang mga kandidato</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;I-undo ang {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>I-&amp;redo ang {action}</translation>
    </message>
    <message>
        <source>Choose a campaign to edit its interview</source>
        <translation>Pumili ng kampanya para i-edit ang interview nito</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Nai-save ang ulat sa {path}</translation>
    </message>
    <message>
        <source>1 new reply</source>
        <translation>1 bagong sagot</translation>
    </message>
    <message>
        <source>{count} new replies</source>
        <translation>{count} bagong sagot</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Hindi nagawa: {reason}</translation>
    </message>
</context>
</TS>
