"""The dialer of company campaigns (issue 17): it calls every eligible lead at each
execution time through the voice provider, from the sync worker.

- :mod:`.calling_window`: the hours a lead may be called, in the lead's local time;
- :mod:`.dial_rules`: which leads are called now (the selection rule) and the pacer;
- :mod:`.ivr`: the IVR script and its TwiML; :mod:`.ai_call`: AI calls' conversation engine;
- :mod:`.call_outcomes`: what a call's end means for its lead (bucket, retry, opt-out);
- :mod:`.dialer_calls`: placing a call exactly once through Twilio (lease and reconcile).
"""
