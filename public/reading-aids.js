// 阅读辅助 (reading aids): 字号 大/中/小 and 高对比度, kept across pages in
// localStorage. A classic script loaded in <head>, so the reader's choice is
// on <html> before the page is first painted (a module script runs after
// parsing, and the page would flash in the default size first). Without
// JavaScript the page keeps its readable default and the controls stay
// hidden (site.css shows them under html[data-aids]).
// @ts-check
(function () {
  var KEY = 'briefing-reading-aids';
  var SIZES = ['large', 'medium', 'small'];
  var root = document.documentElement;

  /** @returns {{ size?: string, contrast?: string }} */
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
      return saved !== null && typeof saved === 'object' ? saved : {};
    } catch (error) {
      return {};
    }
  }

  /** @param {{ size?: string, contrast?: string }} aids */
  function apply(aids) {
    root.setAttribute('data-font-size', SIZES.indexOf(aids.size || '') === -1 ? 'medium' : String(aids.size));
    if (aids.contrast === 'high') root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
  }

  /** @param {{ size?: string, contrast?: string }} aids */
  function save(aids) {
    try {
      localStorage.setItem(KEY, JSON.stringify(aids));
    } catch (error) {
      // Storage refused (private mode, quota): the choice holds for this page only.
    }
  }

  function showPressed() {
    var buttons = document.querySelectorAll('.reading-aids button');
    for (var index = 0; index < buttons.length; index += 1) {
      var button = buttons[index];
      var size = button.getAttribute('data-font-size');
      var pressed = size !== null ? root.getAttribute('data-font-size') === size : root.getAttribute('data-contrast') === 'high';
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    }
  }

  apply(load());
  root.setAttribute('data-aids', 'on');

  document.addEventListener('DOMContentLoaded', function () {
    showPressed();
    var controls = document.querySelector('.reading-aids');
    if (controls === null) return;
    controls.addEventListener('click', function (event) {
      var target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target === null) return;
      var aids = load();
      var size = target.getAttribute('data-font-size');
      if (size !== null) aids.size = size;
      else aids.contrast = root.getAttribute('data-contrast') === 'high' ? 'normal' : 'high';
      save(aids);
      apply(aids);
      showPressed();
    });
  });
})();
