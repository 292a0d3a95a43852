/* Keyboard shortcuts for the review queue: j/k move between facts, a approves, r rejects, e edits, x ticks. */
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.queue__item'));
  if (!items.length) {
    return;
  }
  var current = 0;
  items[0].classList.add('queue__item--current');

  document.addEventListener('keydown', function (e) {
    var tag = (e.target.tagName || '').toLowerCase();
    if (e.ctrlKey || e.metaKey || e.altKey || tag === 'input' || tag === 'textarea' || tag === 'select') {
      return;
    }
    var item = items[current];
    switch (e.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'a': click(item, 'approve'); break;
      case 'r': click(item, 'reject'); break;
      case 'e': click(item, 'edit'); break;
      case 'x': item.querySelector('input[type=checkbox]').click(); break;
      default: return;
    }
    e.preventDefault();
  });

  function move(step) {
    items[current].classList.remove('queue__item--current');
    current = Math.max(0, Math.min(items.length - 1, current + step));
    items[current].classList.add('queue__item--current');
    items[current].focus();
  }

  function click(item, action) {
    var control = item.querySelector('[data-action="' + action + '"]');
    if (control) {
      control.click();
    }
  }
}());
