"use strict";
// Interaction only: the text and the findings list are complete without this script.
(function () {
  var panel = document.getElementById("panel");
  var content = panel.querySelector(".content");
  var filters = document.getElementById("filters");
  var selected = null;
  filters.hidden = false;
  panel.hidden = false;
  document.body.classList.add("has-panel");

  function marks() {  // the first element of each finding, in document order
    return Array.prototype.slice.call(document.querySelectorAll("mark.finding[id]"));
  }
  function visible(mark) { return !mark.classList.contains("filtered"); }
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  function clear() {
    each(".selected", function (el) { el.classList.remove("selected"); });
    each(".lit", function (el) { el.classList.remove("lit"); });
    while (content.firstChild) content.removeChild(content.firstChild);
    selected = null;
  }

  function select(id, focus) {
    clear();
    var item = document.getElementById(id + "-item");
    var mark = document.getElementById(id);
    if (!mark || !item) return;
    selected = id;
    each('mark[data-finding="' + id + '"]', function (el) { el.classList.add("selected"); });
    each("[data-for]", function (el) {
      if (el.getAttribute("data-for").split(" ").indexOf(id) >= 0) el.classList.add("lit");
    });
    item.classList.add("selected");
    var heading = document.createElement("h3");
    heading.textContent = mark.closest("article").querySelector("h2").textContent;
    content.appendChild(heading);
    Array.prototype.forEach.call(item.childNodes, function (node) { content.appendChild(node.cloneNode(true)); });
    if (focus) {
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: "center" });
    }
  }

  function step(delta) {
    var list = marks().filter(visible);
    if (!list.length) return;
    var at = list.findIndex(function (m) { return m.id === selected; });
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
    select(list[next].id, true);
  }

  function readingOf(claim) {
    clear();
    var heading = document.createElement("h3");
    heading.textContent = "\u201c" + claim.textContent + "\u201d";
    var reading = document.createElement("p");
    reading.textContent = claim.getAttribute("title");
    content.appendChild(heading);
    content.appendChild(reading);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var mark = target.closest("mark.finding");
    if (mark && visible(mark)) { select(mark.getAttribute("data-finding"), false); return; }
    var link = target.closest(".findings a.where");
    if (link) { select(link.getAttribute("href").slice(1), true); event.preventDefault(); return; }
    var claim = target.closest(".article .claim");
    if (claim) readingOf(claim);
  });

  document.addEventListener("keydown", function (event) {
    var t = event.target;  // keys go to text fields; a checkbox does not take letters
    if (event.altKey || event.ctrlKey || event.metaKey || t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName)
        || (t.tagName === "INPUT" && !/^(checkbox|radio)$/.test(t.type))) return;
    if (event.key === "n" || event.key === "j") { step(1); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { step(-1); event.preventDefault(); }
    else if (event.key === "Escape") { clear(); }
    else if (event.key === "Enter" && event.target.matches("mark.finding")) { select(event.target.getAttribute("data-finding"), false); }
  });

  filters.addEventListener("change", function () {
    var allowed = {};
    each("#filters input:checked", function (box) { allowed[box.name + ":" + box.value] = true; });
    each("[data-finding][data-rule]", function (el) {
      var shown = allowed["severity:" + el.getAttribute("data-severity")] && allowed["rule:" + el.getAttribute("data-rule")];
      if (el.tagName === "LI") el.hidden = !shown; else el.classList.toggle("filtered", !shown);
    });
    if (selected && document.getElementById(selected).classList.contains("filtered")) clear();
  });
})();
