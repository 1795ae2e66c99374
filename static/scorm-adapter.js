// The adapter of a SCORM 1.2 package made by "Download for an LMS" in
// "Write a lesson" (static/scorm.js writes it into the package beside
// scorm.html, the launch page). It finds the LMS's API as ADL's algorithm
// does, opens the playground on the lesson (where the student left it, if
// the LMS kept a place), and tells the LMS what the playground tells its
// embedding page (see the README's "Tracking progress"):
//
//   cmi.core.lesson_status   "incomplete" while the lesson runs; at its end
//                            "passed" or "failed" by the pass mark
//                            (data-threshold, percent) when it has
//                            questions and a mark, else "completed"
//   cmi.core.score.raw/min/max  questions right at the first try, 0–100
//   cmi.core.session_time    since the launch, HHHH:MM:SS.SS
//   cmi.core.lesson_location the step reached
//   cmi.suspend_data         the place in the lesson (the playground's
//                            `resume` message: the line it goes on at, hints
//                            seen, the answers given; at most 4096 characters)
//   cmi.core.exit            "suspend" until the lesson ends, so the LMS
//                            keeps the place for the next launch
//
// LMSCommit after each change; LMSFinish when the page goes away. Without an
// LMS the lesson still works, and the page says, once, that nothing is kept.
'use strict';
(() => {
  const SUSPEND_MAX = 4096;
  const root = document.documentElement;
  const frame = document.getElementById('playground');
  const status = document.getElementById('lms-status');
  const mark = root.dataset.threshold === '' ? null : Number(root.dataset.threshold);

  // ADL's API discovery for SCORM 1.2: this window and up to 500 parents,
  // then the window that opened this one and its parents. A parent of
  // another origin cannot be looked into: the search ends there.
  function search(win) {
    for (let tries = 0; win; tries++) {
      try {
        if (win.API != null) return win.API;
      } catch {
        return null;
      }
      if (tries >= 500 || win.parent == null || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  function findApi() {
    const api = search(window);
    if (api) return api;
    try {
      return window.opener ? search(window.opener) : null;
    } catch {
      return null;
    }
  }

  const api = findApi();
  const started = api ? String(api.LMSInitialize('')) === 'true' : false;
  const lms = api && started ? api : null;
  if (!lms) status.textContent = api ? root.dataset.refused : root.dataset.noLms;
  const get = (key) => (lms ? String(lms.LMSGetValue(key) ?? '') : '');
  const set = (key, value) => lms && lms.LMSSetValue(key, String(value));

  const startedAt = Date.now();
  let finished = false;
  let questions = 0;
  let done = false;
  let commitQueued = false;

  // A finished attempt keeps its status; any other starts (or goes on) incomplete.
  const before = get('cmi.core.lesson_status');
  if (lms && !['passed', 'failed', 'completed'].includes(before)) set('cmi.core.lesson_status', 'incomplete');
  done = ['passed', 'failed', 'completed'].includes(before);
  set('cmi.core.exit', done ? '' : 'suspend');

  // The place the LMS kept, when this launch resumes the last one.
  const entry = get('cmi.core.entry');
  const kept = entry === 'ab-initio' ? '' : get('cmi.suspend_data');

  /** CMITimespan: HHHH:MM:SS.SS. */
  function timespan(ms) {
    const cs = Math.floor(ms / 10);
    const h = Math.min(9999, Math.floor(cs / 360000));
    const m = Math.floor(cs / 6000) % 60;
    const s = Math.floor(cs / 100) % 60;
    const pad = (n, w) => String(n).padStart(w, '0');
    return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
  }

  function commit() {
    commitQueued = false;
    if (!lms || finished) return;
    set('cmi.core.session_time', timespan(Date.now() - startedAt));
    lms.LMSCommit('');
  }
  // Once per task, however many messages it brought.
  function commitSoon() {
    if (commitQueued) return;
    commitQueued = true;
    setTimeout(commit, 0);
  }

  function end(score) {
    let outcome = 'completed';
    if (score) {
      const raw = score.questions > 0 ? Math.round((100 * score.right) / score.questions) : 0;
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.score.raw', raw);
      if (mark !== null) outcome = raw >= mark ? 'passed' : 'failed';
    }
    set('cmi.core.lesson_status', outcome);
    set('cmi.core.exit', '');
    done = true;
  }

  addEventListener('message', (event) => {
    const m = event.data;
    if (event.source !== frame.contentWindow || m?.source !== 'tcp-playground' || m.id !== 'scorm') return;
    switch (m.type) {
      case 'lesson-start':
        questions = Number(m.questions) || 0;
        set('cmi.core.lesson_location', m.step);
        break;
      case 'lesson-step':
        set('cmi.core.lesson_location', m.step);
        break;
      case 'resume':
        if (typeof m.data === 'string' && m.data.length <= SUSPEND_MAX) set('cmi.suspend_data', m.data);
        break;
      // A lesson with questions ends with its score, just after this.
      case 'lesson-finished':
        if (questions === 0 && !done) end(null);
        break;
      case 'score':
        if (!done) end(m);
        break;
      case 'challenge-complete':
        if (questions === 0 && !done) end(null);
        break;
      default:
        return;
    }
    commitSoon();
  });

  function finish() {
    if (!lms || finished) return;
    commit();
    finished = true;
    lms.LMSFinish('');
  }
  addEventListener('pagehide', finish);
  addEventListener('unload', finish);

  // The playground's messages carrying the student's answers go to this
  // page's origin only; from a file (no origin) it sends none.
  const params = new URLSearchParams();
  if (/^https?:/.test(location.protocol)) params.set('parent', location.origin);
  if (kept) params.set('resume', kept);
  const extra = params.toString();
  frame.src = frame.dataset.src + (extra ? `&${extra}` : '');
})();
