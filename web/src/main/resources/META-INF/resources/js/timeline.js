/*
 * Dossier's interactive timeline. The server chooses what a window holds (events, or counts per
 * period when there are too many); this script only draws it with vis-timeline, asks for the next
 * window as the reader pans and zooms, keeps the view in the URL, and shows an event's evidence.
 * Text from the database only ever reaches the page through textContent.
 */
(function () {
  'use strict';

  var DAY = 86400000;
  var container = document.getElementById('timeline');
  if (!container || !window.vis) {
    return;
  }
  var config = JSON.parse(container.dataset.config);
  var state = {
    filter: Object.assign({}, config.filter),
    lanes: config.lanes,
    selected: config.selected || ''
  };
  var items = new vis.DataSet();
  var groups = new vis.DataSet();
  var status = document.getElementById('timeline-status');
  var list = document.getElementById('window-items');
  var summary = document.getElementById('window-summary');
  var details = document.getElementById('details-body');
  var detailsPanel = document.getElementById('timeline-details');
  var pending = null;
  var debounce = null;

  document.getElementById('timeline-tools').hidden = false;

  var timeline = new vis.Timeline(container, items, {
    start: dayStart(state.filter.from),
    end: dayStart(state.filter.to) + DAY,
    zoomMin: 3 * DAY,
    zoomMax: 400 * 365 * DAY,
    orientation: 'top',
    stack: true,
    maxHeight: '28rem',
    verticalScroll: true,
    margin: { item: 4, axis: 6 },
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    // Dates are calendar days in UTC; draw them so in every reader's time zone.
    moment: function (date) { return vis.moment(date).utc(); }
  });

  timeline.on('rangechanged', function (props) {
    if (props.byUser) {
      scheduleLoad();
    }
  });
  timeline.on('select', function (props) {
    if (props.items.length) {
      choose(props.items[0], false);
    }
  });

  container.addEventListener('keydown', function (e) {
    var handled = true;
    switch (e.key) {
      case 'ArrowLeft': move(-0.25); break;
      case 'ArrowRight': move(0.25); break;
      case '+': case '=': case 'ArrowUp': zoom(0.5); break;
      case '-': case '_': case 'ArrowDown': zoom(2); break;
      case 'Enter': focusList(); break;
      default: handled = false;
    }
    if (handled) {
      e.preventDefault();
    }
  });

  document.getElementById('timeline-tools').addEventListener('click', function (e) {
    var action = e.target.closest('button') && e.target.closest('button').dataset.action;
    if (action === 'earlier') { move(-0.5); }
    if (action === 'later') { move(0.5); }
    if (action === 'zoom-in') { zoom(0.5); }
    if (action === 'zoom-out') { zoom(2); }
    if (action === 'copy-link' && navigator.clipboard) {
      navigator.clipboard.writeText(location.href).then(function () { say('Link copied.'); });
    }
  });

  document.getElementById('timeline-filters').addEventListener('submit', function (e) {
    e.preventDefault();
    var form = new FormData(e.target);
    var story = state.filter.story;
    state.filter = {};
    if (story && !form.has('story')) {
      state.filter.story = story;
    }
    form.forEach(function (value, name) {
      if (value && name !== 'lanes') {
        state.filter[name] = String(value);
      }
    });
    state.lanes = String(form.get('lanes') || 'none');
    if (state.filter.from && state.filter.to && state.filter.from <= state.filter.to) {
      timeline.setWindow(dayStart(state.filter.from), dayStart(state.filter.to) + DAY, { animation: false });
    }
    load();
  });

  if (config.window) {
    draw(config.window);
  } else {
    load();
  }

  function scheduleLoad() {
    clearTimeout(debounce);
    debounce = setTimeout(load, 150);
  }

  function load() {
    var range = timeline.getWindow();
    state.filter.from = isoDay(range.start.getTime());
    state.filter.to = isoDay(range.end.getTime() - 1);
    syncForm();
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    say('Loading…');
    fetch(config.api + '?' + query(false), { signal: pending.signal, headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(function (problem) { throw new Error(problem.detail || response.statusText); });
        }
        return response.json();
      })
      .then(draw)
      .catch(function (error) {
        if (error.name !== 'AbortError') {
          say('Could not load this window: ' + error.message);
        }
      });
  }

  function draw(window_) {
    history.replaceState(null, '', config.page + '?' + query(true));
    if (window_.laneKind === 'none') {
      timeline.setGroups(null);
    } else {
      groups.clear();
      groups.add(window_.lanes.map(function (lane) { return { id: lane.id, content: text(lane.label) }; }));
      timeline.setGroups(groups);
    }
    items.clear();
    items.add(window_.aggregated ? window_.clusters.map(clusterItem) : window_.items.map(eventItem));
    drawList(window_);
    var shown = window_.aggregated ? ', counted by ' + window_.unit + ': zoom in to see them one by one' : '';
    summary.textContent = window_.from + ' to ' + window_.to + ': ' + plural(window_.total, 'event') + shown + '.';
    say(plural(window_.total, 'event') + ' in view' + (window_.aggregated ? ' (grouped)' : '') + '.');
    if (!performance.getEntriesByName('dossier-timeline-drawn').length) {
      // Read by bench/web to time the first render.
      performance.mark('dossier-timeline-drawn');
    }
    if (state.selected) {
      var ids = items.getIds({ filter: function (item) { return String(item.eventId) === state.selected; } });
      timeline.setSelection(ids);
      if (!details.dataset.event || details.dataset.event !== state.selected) {
        showDetails(state.selected, false);
      }
    }
  }

  function eventItem(item) {
    var exact = item.precision === 'day' && item.start === item.end;
    return {
      id: item.id,
      eventId: item.eventId,
      group: item.lane,
      start: dayStart(item.start),
      end: exact ? undefined : dayStart(item.end) + DAY,
      type: exact ? 'box' : 'range',
      content: text(item.summary),
      className: 'kind-' + item.kind + (item.precision === 'day' ? '' : ' fuzzy')
    };
  }

  function clusterItem(cluster) {
    return {
      id: cluster.id,
      cluster: true,
      group: cluster.lane,
      start: dayStart(cluster.start),
      end: dayStart(cluster.end) + DAY,
      type: 'range',
      content: text(plural(cluster.count, 'event')),
      className: 'cluster'
    };
  }

  function drawList(window_) {
    list.replaceChildren();
    var entries = window_.aggregated ? window_.clusters : window_.items;
    var seen = {};
    entries.forEach(function (entry) {
      if (!window_.aggregated && seen[entry.eventId]) {
        return;
      }
      seen[entry.eventId] = true;
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      if (window_.aggregated) {
        button.textContent = entry.start + ' – ' + entry.end + ': ' + plural(entry.count, 'event');
        button.addEventListener('click', function () { zoomTo(entry.start, entry.end); });
      } else {
        button.textContent = entry.display + ' — ' + entry.summary;
        button.addEventListener('click', function () { choose(entry.id, true); });
      }
      li.appendChild(button);
      if (!window_.aggregated) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(small(entry.kind.replace(/_/g, ' ') + (entry.place ? ' · ' + entry.place : '')));
      }
      list.appendChild(li);
    });
    if (!entries.length) {
      var none = document.createElement('li');
      none.className = 'empty';
      none.textContent = 'No event in this window.';
      list.appendChild(none);
    }
  }

  function choose(id, fromKeyboard) {
    var item = items.get(id);
    if (!item) {
      return;
    }
    if (item.cluster) {
      zoomTo(isoDay(item.start.valueOf()), isoDay(item.end.valueOf() - DAY));
      return;
    }
    state.selected = String(item.eventId);
    timeline.setSelection(items.getIds({ filter: function (other) { return other.eventId === item.eventId; } }));
    history.replaceState(null, '', config.page + '?' + query(true));
    showDetails(state.selected, fromKeyboard);
  }

  function showDetails(eventId, moveFocus) {
    details.dataset.event = eventId;
    fetch(config.events + encodeURIComponent(eventId), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(new Error(response.statusText)); })
      .then(function (event) {
        details.replaceChildren();
        var title = document.createElement('h3');
        var link = document.createElement('a');
        link.href = '/events/' + event.id;
        link.textContent = event.summary;
        title.appendChild(link);
        details.appendChild(title);
        details.appendChild(paragraph(event.happened.display + ' (known to the ' + event.happened.precision + ') · '
          + event.kind.replace(/_/g, ' ') + (event.place ? ' · ' + event.place : '')));
        if (event.participants.length) {
          var who = document.createElement('p');
          who.appendChild(document.createTextNode('With: '));
          event.participants.forEach(function (p, i) {
            var a = document.createElement('a');
            a.href = '/actors/' + p.actor.id;
            a.textContent = p.actor.name;
            who.appendChild(a);
            if (i < event.participants.length - 1) {
              who.appendChild(document.createTextNode(', '));
            }
          });
          details.appendChild(who);
        }
        var heading = document.createElement('h4');
        heading.textContent = 'Evidence';
        details.appendChild(heading);
        var evidence = document.createElement('ol');
        evidence.className = 'evidence__list';
        event.evidence.forEach(function (ev) {
          var li = document.createElement('li');
          var quote = document.createElement('blockquote');
          quote.className = 'evidence__sentence';
          quote.appendChild(document.createTextNode(ev.before));
          var mark = document.createElement('mark');
          mark.textContent = ev.quote;
          quote.appendChild(mark);
          quote.appendChild(document.createTextNode(ev.after));
          li.appendChild(quote);
          var source = document.createElement('a');
          source.href = ev.href;
          source.textContent = ev.sourceTitle;
          var meta = document.createElement('p');
          meta.className = 'meta';
          meta.appendChild(source);
          meta.appendChild(document.createTextNode((ev.outlet ? ' · ' + ev.outlet : '') + ' · ' + ev.published.substring(0, 10)));
          li.appendChild(meta);
          evidence.appendChild(li);
        });
        details.appendChild(evidence);
        if (moveFocus) {
          detailsPanel.focus();
        }
      })
      .catch(function () { details.replaceChildren(paragraph('Could not load this event.')); });
  }

  function move(share) {
    var range = timeline.getWindow();
    var width = range.end - range.start;
    timeline.setWindow(range.start.valueOf() + width * share, range.end.valueOf() + width * share, { animation: false });
    scheduleLoad();
  }

  function zoom(factor) {
    var range = timeline.getWindow();
    var middle = (range.start.valueOf() + range.end.valueOf()) / 2;
    var half = Math.max((range.end - range.start) * factor / 2, 1.5 * DAY);
    timeline.setWindow(middle - half, middle + half, { animation: false });
    scheduleLoad();
  }

  function zoomTo(first, last) {
    timeline.setWindow(dayStart(first), dayStart(last) + DAY, { animation: false });
    load();
  }

  function focusList() {
    var first = list.querySelector('button');
    if (first) {
      first.focus();
    }
  }

  function query(withSelection) {
    var params = new URLSearchParams();
    Object.keys(state.filter).forEach(function (name) {
      if (state.filter[name] && !(name === 'story' && config.page !== '/timeline')) {
        params.set(name, state.filter[name]);
      }
    });
    if (config.page !== '/timeline' && state.filter.story && !withSelection) {
      params.set('story', state.filter.story);
    }
    params.set('lanes', state.lanes);
    if (withSelection && state.selected) {
      params.set('selected', state.selected);
    }
    return params.toString();
  }

  function syncForm() {
    var from = document.getElementById('f-from');
    var to = document.getElementById('f-to');
    if (from) { from.value = state.filter.from; }
    if (to) { to.value = state.filter.to; }
  }

  function say(message) {
    status.textContent = message;
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  function small(value) {
    var span = document.createElement('span');
    span.className = 'meta';
    span.textContent = value;
    return span;
  }

  function paragraph(value) {
    var p = document.createElement('p');
    p.textContent = value;
    return p;
  }

  function plural(count, noun) {
    return count + ' ' + (count === 1 ? noun : noun + 's');
  }

  function dayStart(iso) {
    return Date.parse(iso + 'T00:00:00Z');
  }

  function isoDay(millis) {
    return new Date(millis).toISOString().substring(0, 10);
  }
}());
