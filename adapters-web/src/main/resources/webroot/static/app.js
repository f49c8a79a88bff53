// Managed MRR admin UI: the little behaviour htmx does not give. No inline scripts anywhere; the
// Content-Security-Policy allows only this file and htmx itself.
(function () {
  'use strict';

  var CSRF_HEADER = 'X-XSRF-TOKEN';
  var lastWizardOpener = null;

  function csrfMeta() {
    return document.querySelector('meta[name="csrf-token"]');
  }

  // Every htmx request carries the CSRF token from the page's meta tag.
  document.addEventListener('htmx:configRequest', function (event) {
    var meta = csrfMeta();
    if (meta && meta.content) {
      event.detail.headers[CSRF_HEADER] = meta.content;
    }
  });

  // The server turns the token over after each accepted change and sends the new one back.
  document.addEventListener('htmx:afterRequest', function (event) {
    var xhr = event.detail.xhr;
    var fresh = xhr && xhr.getResponseHeader(CSRF_HEADER);
    if (!fresh) {
      return;
    }
    var meta = csrfMeta();
    if (meta) {
      meta.content = fresh;
    }
    document.querySelectorAll('input[name="' + CSRF_HEADER + '"]').forEach(function (input) {
      input.value = fresh;
    });
  });

  // The script's own words, in the page's language (meta tags the page header writes from the bundles).
  function uiText(name) {
    var meta = document.querySelector('meta[name="ui-text-' + name + '"]');
    return meta ? meta.content : '';
  }

  // The language switch goes back to the page as it is now (htmx may have changed its URL since it was drawn).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.classList && form.classList.contains('languages') && form.elements.back) {
      form.elements.back.value = window.location.pathname + window.location.search;
    }
  });

  // Errors htmx does not swap are shown in the page's alert region, as text.
  function flash(text) {
    var region = document.getElementById('flash');
    if (!region) {
      return;
    }
    region.textContent = text;
    region.hidden = false;
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var region = document.getElementById('flash');
    if (region && !region.hidden) {
      region.hidden = true;
      region.textContent = '';
    }
    var target = event.detail.target;
    if (target && target.id === 'wizard' && !target.contains(event.detail.elt)) {
      lastWizardOpener = event.detail.elt;
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail.xhr;
    var text = xhr && xhr.responseText ? xhr.responseText : uiText('failed');
    flash(text.length > 400 ? text.substring(0, 400) : text);
  });

  // A refusal the server sent to the alert region itself (a 422 retargeted there): show it.
  document.addEventListener('htmx:afterSwap', function (event) {
    var region = event.detail.target;
    if (region && region.id === 'flash' && region.textContent) {
      region.hidden = false;
    }
  });

  document.addEventListener('htmx:sendError', function () {
    flash(uiText('offline'));
  });

  // After a swap, move the keyboard focus to the new content that asks for it (a form's legend, a wizard step).
  document.addEventListener('htmx:afterSettle', function (event) {
    var root = event.target;
    if (!root || !root.querySelector) {
      return;
    }
    var wanted = root.matches('[data-autofocus]') ? root : root.querySelector('[data-autofocus]');
    if (!wanted) {
      return;
    }
    wanted.removeAttribute('data-autofocus');
    if (!wanted.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(wanted.tagName)) {
      wanted.setAttribute('tabindex', '-1');
    }
    wanted.focus();
  });

  // A row's explanation: the same button opens and closes it.
  function collapse(detailId) {
    var row = document.getElementById(detailId);
    if (row) {
      row.replaceChildren();
    }
    var opener = document.querySelector('[aria-controls="' + detailId + '"]');
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
    }
    return opener;
  }

  document.addEventListener('htmx:confirm', function (event) {
    var elt = event.detail.elt;
    if (elt && elt.hasAttribute && elt.hasAttribute('data-toggle-detail')
        && elt.getAttribute('aria-expanded') === 'true') {
      event.preventDefault();
      collapse(elt.getAttribute('aria-controls'));
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var elt = event.detail.elt;
    if (elt && elt.hasAttribute && elt.hasAttribute('data-toggle-detail') && event.detail.successful) {
      elt.setAttribute('aria-expanded', 'true');
    }
  });

  // Cancel, Close and Hide buttons.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-dismiss-panel],[data-clear],[data-collapse]');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-collapse')) {
      var opener = collapse(button.getAttribute('data-collapse'));
      if (opener) {
        opener.focus();
      }
      return;
    }
    if (button.hasAttribute('data-dismiss-panel')) {
      var group = button.closest('tbody');
      var panel = button.closest('tr.panel');
      if (panel) {
        panel.remove();
      }
      var back = group && group.querySelector('[data-opener]');
      if (back) {
        back.focus();
      }
      return;
    }
    var region = document.getElementById(button.getAttribute('data-clear'));
    var closing = region && region.querySelector('[data-removing]');
    if (region) {
      region.replaceChildren();
    }
    if (closing) {
      leaveRemoval(closing);
    }
    if (lastWizardOpener && document.body.contains(lastWizardOpener)) {
      lastWizardOpener.focus();
    }
  });

  // The Remove wizard: the row of the user it is open for is marked (a bar and the words "Being removed"), and the
  // address bar holds its step (the server pushes it), so a reload opens it where it was. Cancel goes back to the
  // page's own URL, as a new history entry that htmx restores by reloading.
  function markRemoval() {
    var table = document.getElementById('staff-table');
    if (!table) {
      return;
    }
    var open = document.querySelector('#wizard [data-removing]');
    var email = open ? open.getAttribute('data-removing') : null;
    table.querySelectorAll('tr[data-email]').forEach(function (row) {
      var removing = row.getAttribute('data-email') === email;
      row.classList.toggle('removing', removing);
      var tag = row.querySelector('.removing-tag');
      if (tag) {
        tag.hidden = !removing;
      }
    });
  }

  function leaveRemoval(wizard) {
    markRemoval();
    var url = wizard.getAttribute('data-cancel-url');
    if (url && location.pathname + location.search !== url) {
      history.replaceState({ htmx: true }, '', location.href);
      history.pushState({ htmx: true }, '', url);
    }
    // opened before a reload: the row's own Remove button takes the focus back
    if (!lastWizardOpener || !document.body.contains(lastWizardOpener)) {
      var row = document.querySelector('#staff-table tr[data-email="' + CSS.escape(wizard.getAttribute('data-removing'))
          + '"]');
      var remove = row && row.querySelector('button.remove');
      if (remove) {
        remove.focus();
      }
    }
  }

  document.addEventListener('htmx:afterSettle', markRemoval);

  // Escape closes an open wizard or panel.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var inside = document.activeElement && document.activeElement.closest
        && document.activeElement.closest('.wizard, tr.panel');
    if (!inside) {
      return;
    }
    var cancel = inside.querySelector('[data-clear],[data-dismiss-panel]');
    if (cancel) {
      cancel.click();
    }
  });

  // Escape closes a row's explanation when the focus is in it, like Hide the explanation (focus back on Why?).
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var explain = document.activeElement && document.activeElement.closest
        && document.activeElement.closest('tr.detail .explain');
    var hide = explain && explain.querySelector('[data-collapse]');
    if (hide) {
      hide.click();
    }
  });

  // Clear search, Show every client: empty the filter's field the link undoes, and put the focus there.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-reset-field]');
    var field = link && document.getElementById(link.getAttribute('data-reset-field'));
    if (!field) {
      return;
    }
    if (field.type === 'checkbox') {
      field.checked = false;
    } else {
      field.value = '';
    }
    field.focus();
  });
})();
