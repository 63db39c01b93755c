// Agent console for the uncanned hub. Plain ES module, no dependencies.
// Every piece of conversation data is rendered with textContent (never innerHTML).

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = "uncanned.agent.token";
const USER_KEY = "uncanned.agent.user";
const MINE_KEY = "uncanned.agent.mine";

const state = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: sessionStorage.getItem(USER_KEY),
  mine: new Set(JSON.parse(sessionStorage.getItem(MINE_KEY) || "[]")),
  names: new Map(),
  selected: null,
  detail: null,
  queue: [],
  snippets: [],
  ws: null,
  wsRetry: 0,
};

// ---------- helpers ----------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function saveMine() {
  sessionStorage.setItem(MINE_KEY, JSON.stringify([...state.mine]));
}

function formatWait(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "–";
  if (seconds < 60) return `${Math.floor(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${Math.floor(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function toEpochSeconds(value) {
  if (value == null) return null;
  if (typeof value === "number") return value > 1e12 ? value / 1000 : value;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed / 1000;
}

function textOf(value) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && "text" in value) return String(value.text ?? "");
  return String(value);
}

function normaliseQueueItem(item) {
  const id = item.conversation_id ?? item.id;
  const handoff = item.handoff ?? {};
  const since = toEpochSeconds(item.queued_at ?? item.waiting_since ?? item.since);
  const wait = Number.isFinite(item.wait_seconds)
    ? item.wait_seconds
    : since != null ? Date.now() / 1000 - since : NaN;
  return {
    id,
    name: item.first_name ?? item.customer_name ?? item.name ?? id.split(":").slice(1).join(":"),
    channel: item.channel ?? id.split(":")[0],
    reason: item.reason ?? handoff.reason ?? "",
    level: item.level ?? handoff.level ?? "",
    score: item.score ?? handoff.score,
    lastMessage: textOf(item.last_message),
    wait,
    fetchedAt: Date.now() / 1000,
  };
}

function showAlert(text) {
  const box = $("alert");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(showAlert.timer);
  showAlert.timer = setTimeout(() => { box.hidden = true; }, 8000);
}

function setError(id, text) {
  $(id).textContent = text || "";
}

// ---------- API ----------

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch { data = null; }
  if (response.status === 401) {
    signOut("Your session has ended. Please sign in again.");
    throw new ApiError(401, "Not signed in.");
  }
  if (!response.ok) {
    const message = (data && (data.error || data.message)) || `Request failed (${response.status}).`;
    throw new ApiError(response.status, message);
  }
  return data;
}

// ---------- login ----------

async function onLogin(event) {
  event.preventDefault();
  setError("login-error", "");
  const username = $("username").value.trim();
  const password = $("password").value;
  try {
    const data = await api("/api/login", { method: "POST", body: { username, password } });
    state.token = data.token;
    state.user = username;
    sessionStorage.setItem(TOKEN_KEY, state.token);
    sessionStorage.setItem(USER_KEY, username);
    $("password").value = "";
    startApp();
  } catch (error) {
    setError("login-error", error.status === 401 || error.status === 403
      ? "Wrong username or password." : error.message);
  }
}

function signOut(message) {
  state.token = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
  $("app-view").hidden = true;
  $("login-view").hidden = false;
  $("logout").hidden = true;
  $("conn").hidden = true;
  $("whoami").textContent = "";
  setConn(false);
  if (message) setError("login-error", message);
}

// ---------- websocket ----------

function setConn(online) {
  const conn = $("conn");
  conn.textContent = online ? "Live" : "Offline";
  conn.className = `conn ${online ? "conn-on" : "conn-off"}`;
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const ws = new WebSocket(`${scheme}://${location.host}/ws/agent`);
  state.ws = ws;
  ws.onopen = () => ws.send(JSON.stringify({ type: "auth", token: state.token }));
  ws.onmessage = (msg) => {
    let event;
    try { event = JSON.parse(msg.data); } catch { return; }
    onEvent(event);
  };
  ws.onclose = () => {
    setConn(false);
    document.body.dataset.live = "false";
    if (!state.token) return;
    const delay = Math.min(10000, 500 * 2 ** state.wsRetry++);
    setTimeout(() => { if (state.token) connect(); }, delay);
  };
}

function onEvent(event) {
  const id = event.conversation_id;
  switch (event.type) {
    case "hello":
      state.wsRetry = 0;
      setConn(true);
      document.body.dataset.live = "true";
      refreshQueue();
      return;
    case "error":
      return;
    case "queued":
      {
        const who = event.first_name ?? event.customer_name ?? event.name ?? id ?? "A customer";
        const why = event.reason ? ` (${String(event.reason).replaceAll("_", " ")})` : "";
        showAlert(`New handoff: ${who} is waiting${why}.`);
      }
      refreshQueue();
      break;
    case "message":
      if (id === state.selected && event.message) appendMessage(event.message);
      refreshQueue();
      return;
    case "claimed":
    case "transferred":
    case "resolved":
    case "closed":
      if (event.type === "transferred" && event.to === state.user) {
        state.mine.add(id); saveMine();
        showAlert(`${id} was transferred to you.`);
      }
      if ((event.type === "resolved" || event.type === "closed") && state.mine.delete(id)) saveMine();
      refreshQueue();
      break;
    default:
      break;
  }
  if (id && id === state.selected) loadConversation(id);
}

// ---------- queue ----------

async function refreshQueue() {
  try {
    const data = await api("/api/queue");
    const items = Array.isArray(data) ? data : (data?.queue ?? data?.items ?? []);
    state.queue = items.map(normaliseQueueItem);
    for (const item of state.queue) if (item.name) state.names.set(item.id, item.name);
  } catch (error) {
    if (error.status !== 401) showAlert(`Could not load the queue: ${error.message}`);
    return;
  }
  renderQueue();
}

function queueRow(item, { showWait }) {
  const waitEl = el("span", { class: "wait", text: showWait ? formatWait(item.wait) : "" });
  waitEl.dataset.wait = String(item.wait);
  waitEl.dataset.fetched = String(item.fetchedAt);
  const button = el("button", { type: "button", class: "queue-item" },
    el("span", { class: "row1" },
      el("strong", { class: "name", text: item.name || "Customer" }),
      el("span", { class: "chan", text: item.channel }),
      waitEl),
    el("span", { class: "row2" },
      item.level ? el("span", { class: `lvl lvl-${item.level}`, text: item.level }) : null,
      item.reason ? el("span", { class: "reason", text: item.reason.replaceAll("_", " ") }) : null),
    el("span", { class: "last", text: item.lastMessage }));
  button.dataset.id = item.id;
  if (item.id === state.selected) button.setAttribute("aria-current", "true");
  button.addEventListener("click", () => select(item.id));
  return el("li", {}, button);
}

function renderQueue() {
  const list = $("queue");
  list.replaceChildren(...state.queue.map((item) => queueRow(item, { showWait: true })));
  $("queue-count").textContent = String(state.queue.length);
  $("queue-empty").hidden = state.queue.length > 0;
  const mine = [...state.mine].map((id) => ({
    id, name: state.names.get(id) ?? id.split(":").slice(1).join(":"), channel: id.split(":")[0],
    reason: "", level: "", lastMessage: "", wait: NaN, fetchedAt: 0,
  }));
  $("mine").replaceChildren(...mine.map((item) => queueRow(item, { showWait: false })));
}

function tickWaits() {
  const now = Date.now() / 1000;
  for (const span of document.querySelectorAll("#queue .wait")) {
    const wait = Number(span.dataset.wait) + (now - Number(span.dataset.fetched));
    span.textContent = formatWait(wait);
  }
}

// ---------- conversation ----------

async function select(id) {
  state.selected = id;
  $("convo").hidden = false;
  $("convo-title").textContent = id;
  setError("action-error", "");
  for (const b of document.querySelectorAll(".queue-item")) {
    if (b.dataset.id === id) b.setAttribute("aria-current", "true");
    else b.removeAttribute("aria-current");
  }
  await loadConversation(id);
  $("reply").focus();
}

async function loadConversation(id) {
  let detail;
  try {
    detail = await api(`/api/conversations/${encodeURIComponent(id)}`);
  } catch (error) {
    setError("action-error", error.message);
    return;
  }
  if (state.selected !== id) return;
  state.detail = detail;
  if (detail.first_name) {
    state.names.set(id, detail.first_name);
    $("convo-title").textContent = `${detail.first_name} · ${id}`;
  }
  const transcript = detail.transcript ?? detail.messages ?? [];
  $("transcript").replaceChildren();
  for (const message of transcript) appendMessage(message);
  renderStatus(detail);
  renderBrief(detail);
}

function roleOf(message) {
  const role = message.role ?? message.sender ?? message.author ?? message.kind ?? "customer";
  if (message.private === true || message.private === "1") return "note";
  return ["customer", "bot", "agent", "note", "system", "user"].includes(role)
    ? (role === "user" ? "customer" : role) : "system";
}

function appendMessage(message) {
  const role = roleOf(message);
  const labels = { customer: "Customer", bot: "Bot", agent: message.agent_name || message.agent || "Agent",
    note: "Private note", system: "System" };
  const ts = toEpochSeconds(message.ts ?? message.timestamp);
  const item = el("li", { class: `msg msg-${role}` },
    el("span", { class: "msg-meta" },
      el("span", { class: "who", text: labels[role] }),
      ts ? el("time", { text: new Date(ts * 1000).toLocaleTimeString() }) : null),
    el("p", { class: "msg-text", text: textOf(message) }));
  item.dataset.role = role;
  const list = $("transcript");
  list.append(item);
  list.scrollTop = list.scrollHeight;
}

function renderStatus(detail) {
  const status = detail.status ?? "";
  const assignee = detail.assignee ?? "";
  const pill = $("convo-status");
  pill.textContent = assignee ? `${status} · ${assignee}` : status;
  pill.className = `pill pill-${status}`;
  const mineNow = status === "agent" && assignee === state.user;
  if (mineNow && !state.mine.has(detail.id ?? state.selected)) {
    state.mine.add(state.selected); saveMine(); renderQueue();
  }
  $("claim").hidden = mineNow;
  $("send").hidden = !mineNow;
  for (const id of ["transfer", "requeue", "resolve", "close", "reply", "snippets", "private", "transfer-to"]) {
    $(id).disabled = !mineNow;
  }
  $("claim").disabled = !(status === "queued" || (status === "agent" && assignee !== state.user));
}

function sparkline(values) {
  const NS = "http://www.w3.org/2000/svg";
  const width = 220, height = 48, pad = 4;
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("class", "spark");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Frustration score per customer turn: ${values.map((v) => v.toFixed(2)).join(", ")}`);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points = values.map((v, i) => [pad + i * step, height - pad - Math.max(0, Math.min(1, v)) * (height - 2 * pad)]);
  const line = document.createElementNS(NS, "polyline");
  line.setAttribute("points", points.map((p) => p.join(",")).join(" "));
  svg.append(line);
  for (const [x, y] of points) {
    const dot = document.createElementNS(NS, "circle");
    dot.setAttribute("cx", String(x)); dot.setAttribute("cy", String(y)); dot.setAttribute("r", "2.5");
    svg.append(dot);
  }
  return svg;
}

function renderBrief(detail) {
  const handoff = detail.handoff ?? {};
  const box = $("brief");
  const rows = el("dl", { class: "facts" });
  const fact = (label, value, cls) => {
    if (value == null || value === "") return;
    rows.append(el("dt", { text: label }), el("dd", { class: cls ?? "", text: String(value) }));
  };
  fact("Reason", (handoff.reason ?? "").replaceAll("_", " "));
  fact("Level", handoff.level, `lvl lvl-${handoff.level}`);
  fact("Score", typeof handoff.score === "number" ? handoff.score.toFixed(2) : handoff.score);
  fact("Topic", handoff.topic);
  fact("Complaint", handoff.complaint === undefined ? null : (handoff.complaint ? "yes" : "no"));
  fact("Channel", detail.channel ?? (state.selected ?? "").split(":")[0]);
  const parts = [rows];
  if (handoff.brief) parts.push(el("p", { class: "brief-text", text: handoff.brief }));
  const history = (handoff.score_history ?? []).filter((v) => typeof v === "number");
  if (history.length) {
    parts.push(el("h3", { text: "Score across the conversation" }), sparkline(history),
      el("p", { class: "muted", text: history.map((v) => v.toFixed(2)).join(" → ") }));
  }
  const signals = handoff.signals ?? [];
  if (signals.length) {
    parts.push(el("h3", { text: "Signals" }), el("ul", { class: "signals" },
      ...signals.map((s) => el("li", {},
        el("span", { class: "sig-name", text: String(s.name ?? "") }),
        el("span", { class: "sig-weight", text: typeof s.weight === "number" ? s.weight.toFixed(2) : "" }),
        s.evidence ? el("q", { text: String(s.evidence) }) : null))));
  }
  const transcript = detail.transcript ?? detail.messages ?? [];
  // The bot's part: everything up to the bot's last message (the handoff).
  let lastBot = -1;
  transcript.forEach((m, i) => { if (roleOf(m) === "bot") lastBot = i; });
  const botPart = transcript.slice(0, lastBot + 1)
    .filter((m) => ["bot", "customer"].includes(roleOf(m)));
  if (botPart.length) {
    parts.push(el("h3", { text: "Before the handoff" }), el("ol", { class: "mini" },
      ...botPart.slice(-8).map((m) => el("li", { class: `mini-${roleOf(m)}` },
        el("b", { text: roleOf(m) === "bot" ? "Bot: " : "Customer: " }), textOf(m)))));
  }
  box.replaceChildren(...parts);
}

// ---------- actions ----------

async function act(path, body, success) {
  setError("action-error", "");
  if (!state.selected) return null;
  try {
    const data = await api(`/api/conversations/${encodeURIComponent(state.selected)}/${path}`,
      { method: "POST", body });
    if (success) showAlert(success);
    return data ?? {};
  } catch (error) {
    setError("action-error", error.status === 409
      ? `Someone else already holds this conversation. ${error.message}` : error.message);
    return null;
  }
}

async function onClaim() {
  const id = state.selected;
  if (await act("claim", {}, null)) {
    state.mine.add(id); saveMine();
    await loadConversation(id);
    refreshQueue();
  }
}

async function onSend(event) {
  event.preventDefault();
  const text = $("reply").value.trim();
  if (!text) return;
  const isPrivate = $("private").checked;
  const result = await act("messages", { text, private: isPrivate }, null);
  if (result) {
    $("reply").value = "";
    $("private").checked = false;
    syncComposer();
    // The hub echoes the message as an event; render it now if the socket is down.
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) {
      appendMessage({ role: isPrivate ? "note" : "agent", text, agent: state.user });
    }
  }
}

async function finish(path, body, message) {
  const id = state.selected;
  if (await act(path, body, message)) {
    state.mine.delete(id); saveMine();
    await loadConversation(id);
    refreshQueue();
  }
}

function syncComposer() {
  const isPrivate = $("private").checked;
  $("reply").classList.toggle("is-private", isPrivate);
  $("reply").placeholder = isPrivate ? "Private note for the team (the customer never sees it)…"
    : "Write a reply to the customer…";
  $("send").textContent = isPrivate ? "Add note" : "Send";
}

async function loadSnippets() {
  try {
    const response = await fetch("/static/snippets.json");
    state.snippets = response.ok ? await response.json() : [];
  } catch { state.snippets = []; }
  const select = $("snippets");
  select.replaceChildren(el("option", { value: "", text: "Insert a snippet…" }),
    ...state.snippets.map((s, i) => el("option", { value: String(i), text: s.title })));
}

function onSnippet() {
  const snippet = state.snippets[Number($("snippets").value)];
  $("snippets").value = "";
  if (!snippet) return;
  const queued = state.queue.find((q) => q.id === state.selected);
  const name = queued?.name || state.detail?.first_name || "there";
  const text = snippet.text.replaceAll("{name}", name).replaceAll("{agent}", state.user ?? "");
  const box = $("reply");
  const start = box.selectionStart ?? box.value.length;
  box.value = box.value.slice(0, start) + text + box.value.slice(box.selectionEnd ?? start);
  box.focus();
  box.setSelectionRange(start + text.length, start + text.length);
}

// ---------- start ----------

function startApp() {
  $("login-view").hidden = true;
  $("app-view").hidden = false;
  $("logout").hidden = false;
  $("conn").hidden = false;
  $("whoami").textContent = state.user ?? "";
  renderQueue();
  refreshQueue();
  loadSnippets();
  connect();
}

function init() {
  $("login-form").addEventListener("submit", onLogin);
  $("logout").addEventListener("click", () => signOut(""));
  $("claim").addEventListener("click", onClaim);
  $("reply-form").addEventListener("submit", onSend);
  $("reply").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("reply-form").requestSubmit();
  });
  $("private").addEventListener("change", syncComposer);
  $("snippets").addEventListener("change", onSnippet);
  $("transfer").addEventListener("click", () => {
    const to = $("transfer-to").value.trim();
    if (!to) { setError("action-error", "Type the username of the agent to transfer to."); return; }
    finish("transfer", { to }, `Transferred to ${to}.`);
  });
  $("requeue").addEventListener("click", () => finish("transfer", { to: null }, "Sent back to the queue."));
  $("resolve").addEventListener("click", () => finish("resolve", { resume_bot: true }, "Resolved: the bot has the conversation again."));
  $("close").addEventListener("click", () => finish("resolve", { resume_bot: false }, "Conversation closed."));
  setInterval(tickWaits, 1000);
  // A safety net only: the queue is pushed live over the websocket.
  setInterval(() => { if (state.token) refreshQueue(); }, 15000);
  if (state.token) startApp();
}

init();
