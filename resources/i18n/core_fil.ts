<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Company Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Manager Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the company&apos;s owner? You will become a manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsPanel</name>
    <message>
        <source>Company Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.com, acme.ph (empty: any domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7, 10.0.0.0/8 (empty: any address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Weekly Statistics Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Candidate rings this phone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password: the two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewManagerDialog</name>
    <message>
        <source>New Manager Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1: %2. Link (valid until %3 UTC): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Company Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User menu: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
