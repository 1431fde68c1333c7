"""The dialer of company campaigns (issue 17): it calls every eligible lead at each
execution time through the voice provider, from the sync worker (docs/architecture.md,
"The dialer").

- :mod:`.runner`: one pass (schedule, claim, place, record, follow); :mod:`.dialer_service`
  is ``ws.dialer``;
- :mod:`.attempts`: the ``call_attempts`` rows (scheduled, claimed with a lease, placed,
  finished through :mod:`engine.outbound.outcomes`);
- :mod:`.calling_window`: the hours a lead may be called, in the lead's local time;
- :mod:`.dial_rules`: which leads are called now (the selection rule) and the pacer;
- :mod:`.ivr`: the IVR script and its TwiML; :mod:`.ai_call`: AI calls' conversation engine;
  :mod:`.ai_live`: an AI call on Twilio, turn by turn (its turns kept with the attempt);
- :mod:`.call_outcomes`: the dial outcome of a call's end and what the lead answered;
- :mod:`.dialer_calls`: placing a call exactly once through Twilio (lease and reconcile);
  :mod:`.sandbox_line`: the same calls on the sandbox's simulated phone;
- :mod:`.assessment_sms`: the reminder and post-call texts of assessment campaigns.
"""
