// Web chat for a brand's site (embeddable in an iframe). Plain ES module.
// Messages are rendered with textContent only.

const $ = (id) => document.getElementById(id);
const SENDER_KEY = "uncanned.webchat.sender";

function senderId() {
  const params = new URLSearchParams(location.search);
  const given = params.get("sender");
  if (given && /^[A-Za-z0-9_-]{4,64}$/.test(given)) return given;
  let id = localStorage.getItem(SENDER_KEY);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    localStorage.setItem(SENDER_KEY, id);
  }
  return id;
}

const state = { ws: null, retry: 0, pending: [], sender: senderId() };
const customerName = new URLSearchParams(location.search).get("name") || "";

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text != null) node.textContent = text;
  return node;
}

function setStatus(text) { $("status").textContent = text; }

function add(role, text, { buttons = [], who } = {}) {
  const item = el("li", `bubble bubble-${role}`);
  item.dataset.role = role;
  if (who) item.append(el("span", "who", who));
  item.append(el("p", "text", text));
  if (buttons.length) {
    const row = el("div", "buttons");
    for (const b of buttons) {
      const button = el("button", "choice", b.title);
      button.type = "button";
      button.addEventListener("click", () => {
        row.querySelectorAll("button").forEach((x) => { x.disabled = true; });
        send(b.payload || b.title, b.title);
      });
      row.append(button);
    }
    item.append(row);
  }
  const list = $("messages");
  list.append(item);
  list.scrollTop = list.scrollHeight;
}

function formatEta(seconds) {
  if (!Number.isFinite(seconds)) return "";
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? "about a minute" : `about ${minutes} minutes`;
}

function onEvent(event) {
  switch (event.type) {
    case "message": {
      const m = event.message ?? {};
      if (m.role === "agent") {
        add("agent", m.text ?? "", { who: m.agent_name ? `${m.agent_name} (Stitch & Sole)` : "Stitch & Sole team" });
        setStatus("You're chatting with our team");
      } else {
        add("bot", m.text ?? "", { buttons: m.buttons ?? [] });
      }
      break;
    }
    case "queue_position": {
      const eta = formatEta(event.eta_seconds);
      const text = `You're number ${event.position} in line${eta ? `, ${eta} to wait` : ""}.`;
      setStatus(text);
      break;
    }
    case "queued": setStatus(event.notice || "Waiting for a member of our team…"); break;
    case "claimed": case "transferred": setStatus("A member of our team is with you"); break;
    case "resolved": setStatus("Online"); break;
    case "closed": setStatus("This conversation has been closed. Write again any time."); break;
    case "error":
      add("system", event.error ?? "Something went wrong.");
      // The hub hands an unsent message back: put it in the box to send again.
      if (typeof event.text === "string" && !$("text").value) $("text").value = event.text;
      break;
    default: break;
  }
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const params = new URLSearchParams({ sender: state.sender });
  if (customerName) params.set("name", customerName);
  const ws = new WebSocket(`${scheme}://${location.host}/ws/chat?${params}`);
  state.ws = ws;
  ws.onopen = () => {
    state.retry = 0;
    document.body.dataset.live = "true";
    setStatus("Online");
    while (state.pending.length) ws.send(state.pending.shift());
  };
  ws.onmessage = (msg) => {
    let event;
    try { event = JSON.parse(msg.data); } catch { return; }
    onEvent(event);
  };
  ws.onclose = () => {
    document.body.dataset.live = "false";
    setStatus("Reconnecting…");
    const delay = Math.min(10000, 500 * 2 ** state.retry++);
    setTimeout(connect, delay);
  };
}

function send(text, shown) {
  add("customer", shown ?? text);
  const frame = JSON.stringify({ type: "message", text });
  if (state.ws && state.ws.readyState === WebSocket.OPEN) state.ws.send(frame);
  else state.pending.push(frame);  // kept and sent once the socket is back
}

$("chat-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = $("text");
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  send(text);
});

connect();
