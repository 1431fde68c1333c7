"use strict";
// The web dial-out page: a confirmation (unless skipped), then the interview's steps in
// order; each question answered per its answer type (recorded with MediaRecorder, typed, or
// both), sent to the server at once; after the last one the interview is finished.
(function () {
  const data = JSON.parse(document.getElementById("interview").textContent);
  const app = document.getElementById("app");
  const steps = data.steps;
  const questions = steps.filter((s) => s.step === "question");
  const TITLES = {
    introduction: "Introduction", privacy: "Privacy statement", instructions: "Instructions",
    question: "Question", closing: "Thank you",
  };
  const MAX_SECONDS = 180;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "onclick") node.addEventListener("click", v);
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  }

  function show(state, ...children) {
    app.dataset.state = state;
    app.replaceChildren(...children);
  }

  function errorLine() {
    return el("p", { class: "error", id: "error", role: "alert" });
  }

  function fail(message) {
    const line = document.getElementById("error");
    if (line) line.textContent = message;
    app.dataset.busy = "";
  }

  async function post(url, body) {
    const response = await fetch(url, { method: "POST", body: body });
    if (response.ok) return;
    let message = "Something went wrong (" + response.status + "). Please try again.";
    try {
      const error = (await response.json()).error;
      if (error && error.message) message = error.message;
    } catch (_e) { /* not JSON */ }
    throw new Error(message);
  }

  function confirmation() {
    show(
      "confirm",
      el("h1", {}, "Hello " + (data.candidate_name || "there")),
      el("p", { class: "campaign" }, "Your interview for " + data.campaign_name),
      el("p", {}, "You will answer " + questions.length + " question" +
        (questions.length === 1 ? "" : "s") + ", recorded with your microphone or typed."),
      data.privacy ? el("div", { class: "privacy", id: "privacy" }, data.privacy) : "",
      el("button", { id: "start", onclick: () => step(resumeAt()) },
        questions.some((q) => q.answered) ? "Continue the interview" : "Start the interview"),
    );
  }

  // Back after a break: on at the first question without an answer (saved ones are kept).
  function resumeAt() {
    const next = questions.find((q) => !q.answered);
    return questions.some((q) => q.answered) && next ? steps.indexOf(next) : 0;
  }

  function progress(index) {
    const bar = el("div", {});
    bar.style.width = Math.round((100 * index) / steps.length) + "%";
    return el("div", { class: "progress" }, bar);
  }

  function step(index) {
    const s = steps[index];
    if (!s) return finish();
    if (s.step === "closing") return finish();
    if (s.step === "question") return question(index);
    show(
      "step-" + s.step,
      progress(index),
      el("div", { class: "step-name" }, TITLES[s.step]),
      el("p", { class: "text" }, s.text),
      el("button", { id: "next", onclick: () => step(index + 1) }, "Continue"),
    );
  }

  function question(index) {
    const s = steps[index];
    const number = questions.indexOf(s) + 1;
    const recorded = { blob: null };
    const parts = [
      progress(index),
      el("div", { class: "step-name" }, "Question " + number + " of " + questions.length),
      el("p", { class: "text", id: "question" }, s.text),
    ];
    if (s.answered) {
      parts.push(el("p", { class: "status" }, "Answered already: saving again replaces it."));
    }
    if (s.answer_type !== "text") parts.push(recorder(recorded));
    let typed = null;
    if (s.answer_type !== "audio") {
      typed = el("textarea", { id: "answer-text", maxlength: "2000", "aria-label": "Your answer" });
      if (s.answer_type === "audio-text") {
        parts.push(el("label", { class: "label", for: "answer-text" }, "Or type your answer"));
      }
      parts.push(typed);
    }
    const submit = el("button", { id: "submit" }, number === questions.length
      ? "Save and finish" : "Save and continue");
    submit.addEventListener("click", async () => {
      const form = new FormData();
      if (typed) form.append("text", typed.value);
      if (recorded.blob) {
        const suffix = recorded.blob.type.includes("ogg") ? "ogg" : "webm";
        form.append("audio", recorded.blob, "answer." + suffix);
      }
      app.dataset.busy = "1";
      submit.disabled = true;
      try {
        await post(data.answers_url + s.id, form);
        s.answered = true;
        app.dataset.busy = "";
        step(index + 1);
      } catch (e) {
        submit.disabled = false;
        fail(e.message);
      }
    });
    parts.push(el("div", {}, submit), errorLine());
    show("question-" + s.id, ...parts);
  }

  function recorder(recorded) {
    const status = el("p", { class: "status", id: "record-status" },
      "Press Record, answer, then Stop.");
    const preview = el("audio", { controls: "", id: "preview" });
    preview.hidden = true;
    const record = el("button", { class: "record", id: "record" }, "Record");
    const stop = el("button", { class: "secondary", id: "stop" }, "Stop");
    stop.disabled = true;
    let media = null;
    let timer = null;
    record.addEventListener("click", async () => {
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (e) {
        status.textContent = "The microphone is not available (" + e.name + ").";
        return;
      }
      const type = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/ogg"]
        .find((t) => window.MediaRecorder && MediaRecorder.isTypeSupported(t));
      media = new MediaRecorder(stream, type ? { mimeType: type } : {});
      const chunks = [];
      media.addEventListener("dataavailable", (e) => { if (e.data.size) chunks.push(e.data); });
      media.addEventListener("stop", () => {
        stream.getTracks().forEach((t) => t.stop());
        recorded.blob = new Blob(chunks, { type: media.mimeType || "audio/webm" });
        preview.src = URL.createObjectURL(recorded.blob);
        preview.hidden = false;
        status.classList.remove("live");
        status.textContent = "Recorded. Listen back, record again, or save.";
        app.dataset.recorded = String(recorded.blob.size);
        record.disabled = false;
        record.textContent = "Record again";
      });
      media.start(250);
      status.classList.add("live");
      status.textContent = "Recording...";
      record.disabled = true;
      stop.disabled = false;
      timer = setTimeout(() => stop.click(), MAX_SECONDS * 1000);
    });
    stop.addEventListener("click", () => {
      clearTimeout(timer);
      stop.disabled = true;
      if (media && media.state !== "inactive") media.stop();
    });
    return el("div", {}, el("div", {}, record, stop), status, preview);
  }

  async function finish() {
    app.dataset.busy = "1";
    try {
      await post(data.finish_url, null);
    } catch (e) {
      show("failed", el("h1", {}, "Almost done"), el("p", {}, e.message), errorLine());
      app.dataset.busy = "";
      return;
    }
    const closing = steps.filter((s) => s.step === "closing").map((s) => s.text).join("\n");
    show(
      "done",
      el("h1", {}, "Thank you, " + (data.candidate_name || "") + "!"),
      el("p", { class: "text" }, closing || "Your interview is complete. We will be in touch."),
    );
    app.dataset.busy = "";
  }

  if (data.skip_confirmation) {
    step(steps.indexOf(questions[0]));
  } else {
    confirmation();
  }
})();
