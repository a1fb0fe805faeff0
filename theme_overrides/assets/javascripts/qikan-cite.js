/* The 引用本文 box of article pages (theme_overrides/article.html): the day of reading goes
   into a web source's GB/T 7714 reference (the build prints "[引用日期]": a reproducible build
   cannot know it), and each copy button puts its reference on the clipboard, with the old
   execCommand way where the Clipboard API is refused (some browsers on file://). The buttons'
   words come from the box's data-* attributes (once a page, not on each button), so the
   zh-Hant edition shows them in Traditional. */
(function () {
  "use strict";
  var box = document.querySelector(".qikan-cite");
  if (!box) return;

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  var gbt = box.querySelector(".qikan-cite__text--gbt7714");
  if (gbt) gbt.textContent = gbt.textContent.replace("[引用日期]", "[" + today() + "]");

  function copyByHand(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function say(button, word) {
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    button.textContent = word;
    setTimeout(function () { button.textContent = label; }, 2000);
  }

  box.addEventListener("click", function (ev) {
    var button = ev.target.closest("[data-qikan-copy]");
    if (!button) return;
    var text = document.getElementById(button.getAttribute("data-qikan-copy")).textContent;
    var done = function () { say(button, box.getAttribute("data-done")); };
    var byHand = function () {
      if (copyByHand(text)) done(); else say(button, box.getAttribute("data-failed"));
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, byHand);
    } else {
      byHand();
    }
  });
})();
