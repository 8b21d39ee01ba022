/*
 * The article page's one script, and an optional one: each block's link works without
 * it. Where the browser offers the Clipboard API, each block's tools gain a "Copy link"
 * button that copies the block's permalink, and says so to screen readers.
 */
(function () {
  'use strict';
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  var status = document.querySelector('.copy-status');
  var canonical = document.querySelector('link[rel=canonical]');
  var page = canonical ? canonical.href : location.href.replace(/#.*/, '');

  document.querySelectorAll('.block-tools').forEach(function (tools) {
    var link = tools.querySelector('.block-link');
    var anchor = link.getAttribute('href');
    var name = link.getAttribute('aria-label').replace(/^Link to /, '');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'block-copy';
    button.setAttribute('aria-label', 'Copy link to ' + name);
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(page + anchor).then(function () {
        say('Link to ' + name + ' copied: ' + page + anchor);
      }, function () {
        say('Could not copy the link to ' + name + '; it is ' + page + anchor);
      });
    });
    tools.appendChild(button);
  });

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }
})();
