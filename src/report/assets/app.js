/*
 * specloop report: the browser app of the living documentation.
 *
 * Plain JavaScript, no dependencies, no network: the page opens from file:// and from any
 * static host. The overview's data is inline in index.html; each feature, each source file and
 * the search index are data scripts under data/ that register themselves through
 * specloopReport.receive (fetch() is refused on file:// URLs), loaded when first needed.
 * Long lists (the feature tree, search results, source files, the scenarios of a line) are
 * virtualised: only the rows in view exist in the DOM.
 */
'use strict'
;(function () {
  var index = JSON.parse(document.getElementById('specloop-index').textContent)
  var STATUS_ORDER = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed', 'unknown']
  var timings = (window.specloopTimings = { views: [] })

  // ---------------------------------------------------------------- data loading (JSONP)
  var cache = new Map()
  var waiting = new Map()
  window.specloopReport = {
    receive: function (key, data) {
      cache.set(key, data)
      var entry = waiting.get(key)
      if (entry) {
        waiting.delete(key)
        entry.resolve(data)
      }
    }
  }

  function load(key, src) {
    if (cache.has(key)) return Promise.resolve(cache.get(key))
    if (waiting.has(key)) return waiting.get(key).promise
    var entry = {}
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve
      entry.reject = reject
    })
    waiting.set(key, entry)
    var script = document.createElement('script')
    script.src = src
    script.async = true
    script.onerror = function () {
      waiting.delete(key)
      entry.reject(new Error('could not load ' + src))
    }
    document.head.appendChild(script)
    return entry.promise
  }
  var loadFeature = function (featureIndex) { return load('feature/' + featureIndex, 'data/features/' + featureIndex + '.js') }
  var loadScenarios = function () { return load('scenarios', 'data/scenarios.js') }
  var loadMatrix = function () { return load('matrix', 'data/matrix.js') }
  var loadSource = function (sourceIndex) { return load('source/' + sourceIndex, 'data/sources/' + sourceIndex + '.js') }

  // ---------------------------------------------------------------- DOM helpers
  function h(tag, props) {
    var element = document.createElement(tag)
    if (props) {
      for (var key in props) {
        var value = props[key]
        if (value === undefined || value === null || value === false) continue
        if (key === 'class') element.className = value
        else if (key === 'text') element.textContent = value
        else if (key === 'style') element.style.cssText = value
        else if (key.slice(0, 2) === 'on') element.addEventListener(key.slice(2), value)
        else element.setAttribute(key, value === true ? '' : value)
      }
    }
    for (var i = 2; i < arguments.length; i++) append(element, arguments[i])
    return element
  }
  function append(element, child) {
    if (child === undefined || child === null || child === false) return
    if (Array.isArray(child)) child.forEach(function (item) { append(element, item) })
    else element.append(child instanceof Node ? child : String(child))
  }
  function statusBadge(status) {
    return h('span', { class: 'status status-' + status, title: status }, h('span', { class: 'dot', 'aria-hidden': 'true' }), status)
  }
  function statusDot(status) {
    return h('span', { class: 'dot status-' + status, title: status, role: 'img', 'aria-label': status })
  }
  function tagChip(tag) {
    return h('a', { class: 'tag', href: searchHash({ tags: tag }), title: 'scenarios tagged ' + tag }, tag)
  }
  function countsBar(counts) {
    var total = STATUS_ORDER.reduce(function (sum, status) { return sum + (counts[status] || 0) }, 0)
    var bar = h('span', { class: 'bar', role: 'img', 'aria-label': describeCounts(counts) })
    if (total === 0) return bar
    STATUS_ORDER.slice().reverse().forEach(function (status) {
      if (counts[status]) bar.append(h('span', { class: 'status-' + status, style: 'width:' + (100 * counts[status] / total) + '%' }))
    })
    return bar
  }
  function describeCounts(counts) {
    return STATUS_ORDER.filter(function (status) { return counts[status] }).map(function (status) { return counts[status] + ' ' + status }).join(', ') || 'none'
  }
  function duration(ms) {
    if (ms === undefined || ms === null) return ''
    if (ms < 1) return '<1 ms'
    if (ms < 1000) return Math.round(ms) + ' ms'
    if (ms < 60000) return (ms / 1000).toFixed(1) + ' s'
    return Math.floor(ms / 60000) + ' min ' + Math.round((ms % 60000) / 1000) + ' s'
  }
  function percent(part, whole) {
    return whole ? (100 * part / whole).toFixed(1) + '%' : '–'
  }
  function paragraphs(text) {
    if (!text || !text.trim()) return null
    return h('div', { class: 'description' }, text.split(/\n\s*\n/).map(function (paragraph) {
      return h('p', { text: paragraph.split('\n').map(function (line) { return line.trim() }).join('\n') })
    }))
  }

  // ---------------------------------------------------------------- links
  var encodePath = function (value) { return encodeURI(value).replace(/\?/g, '%3F').replace(/#/g, '%23') }
  function featureHash(uri) { return '#/feature/' + encodePath(uri) }
  function scenarioHash(uri, line) { return '#/scenario/' + encodePath(uri) + ':' + line }
  function sourceHash(path, line) { return '#/source/' + encodePath(path) + (line ? ':' + line : '') }
  function searchHash(query) {
    var parameters = new URLSearchParams()
    if (query.q) parameters.set('q', query.q)
    if (query.tags) parameters.set('tags', query.tags)
    if (query.status) parameters.set('status', query.status)
    return '#/search?' + parameters.toString()
  }
  var featureByUri = new Map(index.features.map(function (feature, featureIndex) { return [feature.uri, featureIndex] }))
  var sourceByPath = new Map(index.sources.map(function (source, sourceIndex) { return [source.path, sourceIndex] }))
  /** "steps/cart.steps.js:6" → a link into the source view when the trace has that file. */
  function codeLocation(location) {
    var match = /^(.*):(\d+)$/.exec(location)
    if (match && sourceByPath.has(match[1])) return h('a', { class: 'code-location', href: sourceHash(match[1], match[2]) }, location)
    return h('span', { class: 'code-location' }, location)
  }
  function splitLocation(value) {
    var colon = value.lastIndexOf(':')
    if (colon < 0 || !/^\d+$/.test(value.slice(colon + 1))) return { path: value }
    return { path: value.slice(0, colon), line: Number(value.slice(colon + 1)) }
  }

  /** `path:line` of a route, found in `indexByPath`; a path with a colon in it is tried whole. */
  function locate(rest, indexByPath) {
    var where = splitLocation(rest)
    var index = indexByPath.get(where.path)
    if (index === undefined) {
      index = indexByPath.get(rest)
      where = { path: rest }
    }
    return { index: index, line: where.line }
  }

  // ---------------------------------------------------------------- virtual list
  /**
   * A scrolling box of `count` rows of `rowHeight` pixels in which only the rows in view (and a
   * few around them) are in the DOM. `render(i)` returns the element of row i.
   */
  function virtualList(options) {
    var count = options.count
    var rowHeight = options.rowHeight
    var maxHeight = options.maxHeight || 560
    var outer = h('div', { class: 'vlist ' + (options.className || ''), role: 'list', style: 'height:' + Math.max(rowHeight, Math.min(maxHeight, count * rowHeight)) + 'px' })
    var inner = h('div', { class: 'vlist-inner', style: 'height:' + count * rowHeight + 'px' })
    outer.append(inner)
    var first = -1
    var last = -1
    var scheduled = false
    function update() {
      scheduled = false
      var view = outer.clientHeight || maxHeight
      var start = Math.max(0, Math.floor(outer.scrollTop / rowHeight) - 8)
      var end = Math.min(count, Math.ceil((outer.scrollTop + view) / rowHeight) + 8)
      if (start === first && end === last) return
      first = start
      last = end
      var fragment = document.createDocumentFragment()
      for (var i = start; i < end; i++) {
        var row = options.render(i)
        row.classList.add('vrow')
        row.setAttribute('role', 'listitem')
        row.style.top = i * rowHeight + 'px'
        row.style.height = rowHeight + 'px'
        fragment.append(row)
      }
      inner.replaceChildren(fragment)
    }
    outer.addEventListener('scroll', function () {
      if (!scheduled) {
        scheduled = true
        requestAnimationFrame(update)
      }
    }, { passive: true })
    outer.refresh = update
    outer.scrollToRow = function (row) {
      outer.scrollTop = Math.max(0, row * rowHeight - outer.clientHeight / 3)
      update()
    }
    // Rows can only be measured once the list is in the document.
    requestAnimationFrame(update)
    update()
    return outer
  }

  // ---------------------------------------------------------------- layout
  var app = document.getElementById('app')
  var view = h('main', { id: 'view', tabindex: '-1' })
  var searchInput = h('input', { type: 'search', id: 'search', placeholder: 'Search features, scenarios and steps', 'aria-label': 'Search features, scenarios and steps', autocomplete: 'off' })
  var tagInput = h('input', { type: 'text', id: 'tag-filter', placeholder: 'Tag expression, e.g. @billing and not @wip', 'aria-label': 'Filter by tag expression', autocomplete: 'off', spellcheck: 'false' })
  var nav = h('nav', { 'aria-label': 'Sections' },
    h('a', { href: '#/' }, 'Overview'),
    h('a', { href: searchHash({}) }, 'Scenarios'),
    index.trace ? h('a', { href: '#/coverage' }, 'Trace & coverage') : null,
    h('a', { href: '#/provenance' }, 'Provenance'),
    h('a', { href: '#/governance' }, 'Governance'),
    h('a', { href: '#/history' }, 'History'))
  app.replaceChildren(
    h('header', { class: 'top' },
      h('a', { class: 'brand', href: '#/' }, index.title),
      nav,
      h('form', { class: 'filters', role: 'search', onsubmit: function (event) { event.preventDefault(); applyFilters(true) } }, searchInput, tagInput)),
    view)
  document.title = index.title

  var filterTimer = 0
  function applyFilters(now) {
    clearTimeout(filterTimer)
    filterTimer = setTimeout(function () {
      var current = parseRoute()
      var query = { q: searchInput.value.trim(), tags: tagInput.value.trim(), status: current.name === 'search' ? current.query.get('status') : '' }
      var target = searchHash(query)
      if (location.hash !== target) location.hash = target
    }, now === true ? 0 : 180)
  }
  searchInput.addEventListener('input', applyFilters)
  tagInput.addEventListener('input', applyFilters)

  // ---------------------------------------------------------------- routing
  function parseRoute() {
    var hash = location.hash.replace(/^#\/?/, '')
    var queryStart = hash.indexOf('?')
    var path = queryStart < 0 ? hash : hash.slice(0, queryStart)
    var query = new URLSearchParams(queryStart < 0 ? '' : hash.slice(queryStart + 1))
    var slash = path.indexOf('/')
    var name = slash < 0 ? path : path.slice(0, slash)
    var rest = slash < 0 ? '' : decodeURIComponent(path.slice(slash + 1))
    return { name: name || 'overview', rest: rest, query: query }
  }

  var renderCount = 0
  function route() {
    var current = parseRoute()
    var started = performance.now()
    var render = ROUTES[current.name] || renderNotFound
    var ticket = ++renderCount
    view.setAttribute('aria-busy', 'true')
    Promise.resolve(render(current, ticket))
      .catch(function (error) {
        if (ticket === renderCount) view.replaceChildren(h('div', { class: 'problem', role: 'alert' }, 'This part of the report could not be shown: ' + error.message))
      })
      .then(function () {
        if (ticket !== renderCount) return
        view.removeAttribute('aria-busy')
        document.body.dataset.view = current.name
        timings.views.push({ view: current.name, hash: location.hash, ms: performance.now() - started, at: performance.now() })
        if (timings.interactive === undefined) {
          timings.interactive = performance.now()
          document.documentElement.dataset.ready = 'true'
        }
      })
    for (var link of nav.querySelectorAll('a')) link.classList.toggle('current', link.getAttribute('href').split('?')[0] === '#/' + (current.name === 'overview' ? '' : current.name))
    if (current.name !== 'search') return
    // Keep the inputs in step with a search URL opened directly.
    if (document.activeElement !== searchInput) searchInput.value = current.query.get('q') || ''
    if (document.activeElement !== tagInput) tagInput.value = current.query.get('tags') || ''
  }
  /** Only the latest navigation may write the view. */
  function show(ticket) {
    if (ticket !== renderCount) return false
    view.replaceChildren.apply(view, Array.prototype.slice.call(arguments, 1).filter(Boolean))
    return true
  }
  window.addEventListener('hashchange', route)

  var ROUTES = {
    overview: renderOverview,
    feature: renderFeature,
    scenario: renderScenario,
    search: renderSearch,
    source: renderSource,
    coverage: renderCoverage,
    provenance: renderProvenance,
    governance: renderGovernance,
    history: renderHistory
  }

  function renderNotFound(current, ticket) {
    show(ticket, h('div', { class: 'problem', role: 'alert' }, 'Nothing here: ', h('a', { href: '#/' }, 'back to the overview')))
  }

  // ---------------------------------------------------------------- overview
  function tile(title, body, extra) {
    return h('section', { class: 'tile' }, h('h2', { text: title }), body, extra)
  }
  function statusTable(counts, noun, linkStatuses) {
    var total = STATUS_ORDER.reduce(function (sum, status) { return sum + (counts[status] || 0) }, 0)
    return h('div', { class: 'status-summary' },
      h('p', { class: 'big' }, String(total), h('span', { class: 'unit', text: ' ' + noun + (total === 1 ? '' : 's') })),
      countsBar(counts),
      h('ul', { class: 'status-list' }, STATUS_ORDER.filter(function (status) { return counts[status] }).map(function (status) {
        var label = [statusDot(status), ' ' + counts[status] + ' ' + status]
        return h('li', null, linkStatuses ? h('a', { href: searchHash({ status: status }) }, label) : label)
      })))
  }

  function renderOverview(current, ticket) {
    var run = index.run
    var header = h('section', { class: 'run' },
      h('h1', { text: index.title }),
      h('p', { class: 'meta' },
        run.success === false ? statusBadge('failed') : run.success === true ? statusBadge('passed') : null,
        ' Run ', h('code', { text: run.id }),
        run.startedAt ? ' · ' + run.startedAt.replace('T', ' ').slice(0, 19) + ' UTC' : '',
        run.durationMs !== undefined ? ' · ' + duration(run.durationMs) : '',
        run.implementation ? ' · ' + run.implementation : '',
        ' · generated ' + index.generatedAt.replace('T', ' ').slice(0, 19) + ' UTC'),
      run.error ? h('p', { class: 'problem', role: 'alert', text: run.error }) : null,
      index.runAttachments.length ? h('div', { class: 'attachments run-attachments' }, h('h2', { text: 'Attached by the run\u2019s hooks' }), index.runAttachments.map(attachmentView)) : null)
    var tiles = h('div', { class: 'tiles' },
      tile('Features', h('p', { class: 'big', text: String(index.counts.features) })),
      tile('Scenarios', statusTable(index.counts.scenarios, 'scenario', true)),
      tile('Steps', statusTable(index.counts.steps, 'step', false)))
    var trace = index.trace
    if (trace) {
      var code = trace.codeShare.generated + trace.codeShare.editedGenerated + trace.codeShare.handWritten
      tiles.append(
        tile('Coverage', h('div', null,
          h('p', { class: 'big' }, percent(trace.coveredLines, trace.executableLines), h('span', { class: 'unit', text: ' of lines' })),
          h('ul', { class: 'plain' },
            h('li', { text: trace.coveredLines + ' of ' + trace.executableLines + ' executable lines run by a scenario' }),
            h('li', { text: trace.coveredFunctions + ' of ' + trace.functions + ' functions' }),
            h('li', null, h('a', { href: '#/coverage' }, trace.hollow.length + ' hollow scenario' + (trace.hollow.length === 1 ? '' : 's'))),
            h('li', { text: trace.scenarios + ' scenarios traced' })))),
        tile('Code', h('div', null,
          h('p', { class: 'big' }, percent(trace.codeShare.generated + trace.codeShare.editedGenerated, code), h('span', { class: 'unit', text: ' generated' })),
          h('span', { class: 'bar', role: 'img', 'aria-label': 'code share' },
            h('span', { class: 'origin-generated', style: 'width:' + (code ? 100 * trace.codeShare.generated / code : 0) + '%' }),
            h('span', { class: 'origin-edited-generated', style: 'width:' + (code ? 100 * trace.codeShare.editedGenerated / code : 0) + '%' }),
            h('span', { class: 'origin-hand-written', style: 'width:' + (code ? 100 * trace.codeShare.handWritten / code : 0) + '%' })),
          h('ul', { class: 'plain' },
            h('li', { text: trace.codeShare.generated + ' lines generated' }),
            h('li', { text: trace.codeShare.editedGenerated + ' lines generated, then edited by hand' }),
            h('li', { text: trace.codeShare.handWritten + ' lines hand-written' })))))
    }
    var trend = document.getElementById('trend-chart').content.cloneNode(true)
    var history = h('section', { class: 'trend-box' }, h('h2', null, 'Trend ', h('a', { class: 'small', href: '#/history' }, '(' + index.history.length + ' run' + (index.history.length === 1 ? '' : 's') + ')')), trend)
    var tags = index.tags.length ? h('section', { class: 'tags-box' }, h('h2', { text: 'Tags' }), h('p', { class: 'tags' }, index.tags.map(function (tag) {
      return h('a', { class: 'tag', href: searchHash({ tags: tag.name }) }, tag.name, h('span', { class: 'count', text: String(tag.count) }))
    }))) : null
    var problems = index.parseErrors.length || index.warnings.length ? h('section', { class: 'problems' }, h('h2', { text: 'Problems' }), h('ul', null,
      index.parseErrors.map(function (error) { return h('li', { class: 'problem' }, (error.uri || '') + (error.line ? ':' + error.line : '') + ': ' + error.message) }),
      index.warnings.map(function (warning) { return h('li', { text: warning }) }))) : null
    show(ticket, header, tiles, problems, history, tags, h('section', { class: 'tree-box' }, h('h2', { text: 'Features' }), featureTree()))
  }

  /** Folders and features as rows (folders first, as in a file browser), virtualised. */
  function featureTree() {
    var rows = []
    var seenFolders = new Set()
    var sorted = index.features.map(function (feature, featureIndex) { return { feature: feature, index: featureIndex } })
    sorted.forEach(function (entry) {
      var parts = entry.feature.uri.split('/')
      for (var depth = 1; depth < parts.length; depth++) {
        var folder = parts.slice(0, depth).join('/')
        if (!seenFolders.has(folder)) {
          seenFolders.add(folder)
          rows.push({ folder: parts[depth - 1] + '/', depth: depth - 1 })
        }
      }
      rows.push({ feature: entry.feature, index: entry.index, depth: parts.length - 1, file: parts[parts.length - 1] })
    })
    return virtualList({
      count: rows.length,
      rowHeight: 30,
      maxHeight: 640,
      className: 'tree',
      render: function (i) {
        var row = rows[i]
        var indent = 'padding-left:' + (0.6 + row.depth * 1.2) + 'em'
        if (row.folder) return h('div', { class: 'tree-folder', style: indent }, row.folder)
        var feature = row.feature
        return h('a', { class: 'tree-feature', href: featureHash(feature.uri), style: indent, title: feature.uri },
          statusDot(feature.status),
          h('span', { class: 'name', text: feature.name }),
          h('span', { class: 'file', text: row.file }),
          countsBar(feature.counts),
          h('span', { class: 'count', text: feature.scenarios + ' scenario' + (feature.scenarios === 1 ? '' : 's') }))
      }
    })
  }

  // ---------------------------------------------------------------- feature
  function breadcrumbs() {
    var items = Array.prototype.slice.call(arguments).filter(Boolean)
    return h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumbs' }, items.map(function (item, position) {
      return [position > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true', text: ' › ' }) : null, item]
    }))
  }
  function dataTable(rows, header) {
    return h('table', { class: 'data-table' }, rows.map(function (row, position) {
      return h('tr', null, row.map(function (cell) { return h(position === 0 && header ? 'th' : 'td', { text: cell }) }))
    }))
  }
  function docString(value) {
    return h('pre', { class: 'doc-string', 'data-media-type': value.mediaType || null, text: value.content })
  }
  function astSteps(steps) {
    return h('ol', { class: 'steps template' }, steps.map(function (step) {
      return h('li', { class: 'step' },
        h('div', { class: 'step-line' }, h('span', { class: 'keyword', text: step.keyword.trim() }), ' ', h('span', { class: 'text', text: step.text })),
        step.table ? dataTable(step.table, false) : null,
        step.docString ? docString(step.docString) : null)
    }))
  }
  function backgroundBlock(background) {
    if (!background) return null
    return h('section', { class: 'background' },
      h('h3', null, h('span', { class: 'keyword', text: background.keyword + ':' }), ' ', background.name),
      paragraphs(background.description),
      astSteps(background.steps))
  }

  function renderFeature(current, ticket) {
    var where = locate(current.rest, featureByUri)
    var featureIndex = where.index
    if (featureIndex === undefined) return renderNotFound(current, ticket)
    return loadFeature(featureIndex).then(function (feature) {
      var cards = []
      var cardLines = []
      feature.children.forEach(function (child) {
        if (child.scenario) {
          cards.push(function () { return scenarioCard(feature, child.scenario) })
          cardLines.push(child.scenario.line)
          return
        }
        var rule = child.rule
        cards.push(function () {
          return h('section', { class: 'rule', id: 'rule-' + rule.line },
            h('h2', null, h('span', { class: 'keyword', text: rule.keyword + ':' }), ' ', rule.name),
            rule.tags.length ? h('p', { class: 'tags' }, rule.tags.map(tagChip)) : null,
            paragraphs(rule.description),
            backgroundBlock(rule.background))
        })
        cardLines.push(rule.line)
        rule.scenarios.forEach(function (scenario) {
          cards.push(function () { return scenarioCard(feature, scenario, rule) })
          cardLines.push(scenario.line)
        })
      })
      var list = h('div', { class: 'cards' })
      var page = h('article', { class: 'feature' },
        breadcrumbs(h('a', { href: '#/' }, 'Overview'), h('span', { text: feature.uri })),
        h('h1', null, statusDot(feature.status), ' ', h('span', { class: 'keyword', text: feature.keyword + ':' }), ' ', feature.name),
        feature.tags.length ? h('p', { class: 'tags' }, feature.tags.map(tagChip)) : null,
        h('p', { class: 'meta' }, countsBar(feature.counts), ' ' + describeCounts(feature.counts) + ' · ' + duration(feature.durationMs)),
        paragraphs(feature.description),
        backgroundBlock(feature.background),
        list)
      if (!show(ticket, page)) return
      var renderThrough = progressiveRender(list, cards)
      if (where.line) {
        // A link to one scenario (or outline) of the feature: render up to it and show it.
        var target = cardLines.indexOf(where.line)
        if (target >= 0) {
          renderThrough(target)
          var card = list.children[target]
          card.classList.add('target')
          card.scrollIntoView({ block: 'start' })
        }
      }
    })
  }

  /**
   * Scenario cards are rendered 30 at a time as the reader scrolls: a feature with thousands
   * of scenarios opens as fast as a small one. Returns a function that renders up to a card.
   */
  function progressiveRender(container, cards) {
    var next = 0
    var sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' })
    var observer = null
    function more(until) {
      var fragment = document.createDocumentFragment()
      var stop = Math.min(cards.length, Math.max(next + 30, until + 1 || 0))
      for (; next < stop; next++) fragment.append(cards[next]())
      container.append(fragment)
      if (next < cards.length) container.append(sentinel)
      else {
        sentinel.remove()
        if (observer) observer.disconnect()
      }
    }
    more()
    if (next < cards.length && 'IntersectionObserver' in window) {
      observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting })) more()
      }, { rootMargin: '800px' })
      observer.observe(sentinel)
    }
    return function (cardIndex) {
      if (cardIndex >= next) more(cardIndex)
    }
  }

  function scenarioCard(feature, scenario, rule) {
    var pickles = scenario.scenarios.map(function (local) { return feature.scenarios[local] })
    var isOutline = scenario.examples.length > 0
    var card = h('section', { class: 'card scenario-card' + (rule ? ' in-rule' : ''), id: 'scenario-' + scenario.line })
    var status = isOutline ? worst(pickles.map(function (pickle) { return pickle.status })) : pickles[0] ? pickles[0].status : 'unknown'
    var title = h('h3', null, statusDot(status), ' ', h('span', { class: 'keyword', text: scenario.keyword + ':' }), ' ',
      isOutline || !pickles[0] ? h('span', { text: scenario.name }) : h('a', { href: scenarioHash(feature.uri, pickles[0].line) }, scenario.name))
    card.append(title)
    if (scenario.tags.length) card.append(h('p', { class: 'tags' }, scenario.tags.map(tagChip)))
    append(card, paragraphs(scenario.description))
    if (!isOutline && pickles[0]) {
      card.append(resultSteps(pickles[0].steps.filter(function (step) { return step.kind !== 'background' }), true))
      if (pickles[0].hollow) card.append(hollowNote(pickles[0].hollow))
      return card
    }
    card.append(astSteps(scenario.steps))
    scenario.examples.forEach(function (examples) {
      card.append(h('div', { class: 'examples' },
        h('h4', null, h('span', { class: 'keyword', text: examples.keyword + ':' }), ' ', examples.name),
        examples.tags.length ? h('p', { class: 'tags' }, examples.tags.map(tagChip)) : null,
        paragraphs(examples.description),
        examplesTable(feature, examples)))
    })
    return card
  }

  function examplesTable(feature, examples) {
    return h('table', { class: 'data-table examples-table' },
      h('tr', null, h('th', { class: 'status-cell' }, ''), examples.header.map(function (cell) { return h('th', { text: cell }) })),
      examples.rows.map(function (row) {
        var pickle = row.scenario === undefined ? null : feature.scenarios[row.scenario]
        var status = pickle ? pickle.status : 'unknown'
        return h('tr', { class: 'example-row', 'data-line': String(row.line) },
          h('td', { class: 'status-cell' }, pickle
            ? h('a', { href: scenarioHash(feature.uri, row.line), title: 'open this example (' + status + ')', 'aria-label': 'example at line ' + row.line + ': ' + status }, statusDot(status))
            : statusDot(status)),
          row.cells.map(function (cell) { return h('td', { text: cell }) }))
      }))
  }

  function worst(statuses) {
    var rank = { unknown: 0, passed: 1, skipped: 2, pending: 3, undefined: 4, ambiguous: 5, failed: 6 }
    return statuses.reduce(function (result, status) { return rank[status] > rank[result] ? status : result }, 'unknown')
  }

  function hollowNote(reason) {
    return h('p', { class: 'hollow-note', role: 'note' }, 'Hollow scenario: ',
      reason === 'no-implementation' ? 'it passes without running any implementation code.' : 'it passes without asserting anything.')
  }

  function resultSteps(steps, compact) {
    return h('ol', { class: 'steps' }, steps.map(function (step) {
      var item = h('li', { class: 'step status-line-' + step.status + (step.kind ? ' ' + step.kind : '') },
        h('div', { class: 'step-line' },
          statusDot(step.status), ' ',
          h('span', { class: 'keyword', text: step.keyword.trim() }), ' ',
          h('span', { class: 'text', text: step.text }),
          compact ? null : h('span', { class: 'step-meta' },
            step.durationMs ? h('span', { class: 'duration', text: duration(step.durationMs) }) : null,
            (step.definitions || []).map(codeLocation))),
        step.table ? dataTable(step.table, false) : null,
        step.docString ? docString(step.docString) : null,
        step.error ? errorBlock(step.error) : null,
        step.attachments ? h('div', { class: 'attachments' }, step.attachments.map(attachmentView)) : null)
      return item
    }))
  }

  function errorBlock(error) {
    return h('div', { class: 'error', role: 'group', 'aria-label': 'error' },
      h('p', { class: 'error-message', text: (error.type && error.message.indexOf(error.type) !== 0 ? error.type + ': ' : '') + error.message }),
      error.stack && error.stack !== error.message ? h('details', null, h('summary', null, 'Stack trace'), h('pre', { class: 'stack', text: error.stack })) : null)
  }

  function attachmentView(attachment) {
    var label = (attachment.fileName ? attachment.fileName + ' · ' : '') + attachment.mediaType + (attachment.bytes !== undefined ? ' · ' + attachment.bytes + ' bytes' : '')
    if (attachment.url) return h('p', { class: 'attachment' }, h('a', { href: attachment.url, rel: 'noopener' }, label))
    if (attachment.path && /^image\//.test(attachment.mediaType)) {
      return h('figure', { class: 'attachment image' }, h('a', { href: attachment.path }, h('img', { src: attachment.path, alt: label, loading: 'lazy' })), h('figcaption', { text: label }))
    }
    if (attachment.path) return h('p', { class: 'attachment' }, h('a', { href: attachment.path, download: attachment.fileName || true }, 'Download ' + label))
    var text = attachment.text || ''
    if (/json/.test(attachment.mediaType)) {
      try {
        text = JSON.stringify(JSON.parse(text), null, 2)
      } catch {
        // Not valid JSON after all: shown as it is.
      }
    }
    return h('details', { class: 'attachment text' }, h('summary', { text: label }), h('pre', { text: text }))
  }

  // ---------------------------------------------------------------- scenario
  function renderScenario(current, ticket) {
    var where = splitLocation(current.rest)
    var featureIndex = featureByUri.get(where.path)
    if (featureIndex === undefined) return renderNotFound(current, ticket)
    return loadFeature(featureIndex).then(function (feature) {
      var scenario = feature.scenarios.find(function (candidate) { return candidate.line === where.line })
      if (!scenario) return renderNotFound(current, ticket)
      var page = h('article', { class: 'scenario' },
        breadcrumbs(h('a', { href: '#/' }, 'Overview'), h('a', { href: featureHash(feature.uri) }, feature.name), scenario.rule ? h('span', { text: scenario.rule }) : null, h('span', { text: scenario.name })),
        h('h1', null, statusDot(scenario.status), ' ', h('span', { class: 'keyword', text: scenario.keyword + ':' }), ' ', scenario.name),
        h('p', { class: 'meta' }, statusBadge(scenario.status), ' · ' + feature.uri + ':' + scenario.line, scenario.durationMs ? ' · ' + duration(scenario.durationMs) : '',
          scenario.attempts > 1 ? ' · attempt ' + scenario.attempts + ' (retried)' : ''),
        scenario.tags.length ? h('p', { class: 'tags' }, scenario.tags.map(tagChip)) : null,
        scenario.outline ? h('div', { class: 'example-values' },
          h('p', null, 'An example of the ', h('a', { href: featureHash(feature.uri) + ':' + scenario.outline.line }, 'scenario outline'), ' with:'),
          dataTable([scenario.outline.header, scenario.outline.values], true)) : null,
        scenario.hollow ? hollowNote(scenario.hollow) : null,
        h('h2', { text: 'Steps' }),
        resultSteps(scenario.steps, false),
        traceSection(scenario))
      show(ticket, page)
    })
  }

  /** The code a scenario ran: each file with the executed lines marked, loaded on demand. */
  function traceSection(scenario) {
    if (!index.trace) return null
    var section = h('section', { class: 'trace', 'aria-label': 'Trace' }, h('h2', { text: 'Trace: the code this scenario ran' }))
    if (!scenario.trace || scenario.trace.length === 0) {
      section.append(h('p', { class: 'muted', text: 'This scenario ran none of the traced code.' }))
      return section
    }
    scenario.trace.forEach(function (entry) {
      var source = index.sources[entry.source]
      var body = h('div', { class: 'trace-body' }, h('p', { class: 'muted', text: 'Loading…' }))
      var details = h('details', { class: 'trace-file' },
        h('summary', null, h('code', { text: source.path }), ' ', h('span', { class: 'role', text: source.role }), ' · lines ' + entry.lines + ' (' + entry.count + ')'),
        body)
      var loaded = false
      details.addEventListener('toggle', function () {
        if (!details.open || loaded) return
        loaded = true
        loadSource(entry.source).then(function (data) {
          body.replaceChildren(excerpt(data, scenario.index), h('p', null, h('a', { href: sourceHash(source.path) }, 'Open ' + source.path + ' with every line\u2019s scenarios')))
        }, function (error) {
          body.replaceChildren(h('p', { class: 'problem', text: error.message }))
        })
      })
      section.append(details)
    })
    return section
  }

  function decodeLines(bitmap) {
    var bytes = atob(bitmap)
    var lines = []
    for (var i = 0; i < bytes.length; i++) {
      var byte = bytes.charCodeAt(i)
      if (byte === 0) continue
      for (var bit = 0; bit < 8; bit++) if (byte & (1 << bit)) lines.push(i * 8 + bit + 1)
    }
    return lines
  }

  /** The executed lines of a file for one scenario, with three lines of context around each run. */
  function excerpt(data, scenarioIndex) {
    var hit = new Set(decodeLines(data.hits[scenarioIndex] || ''))
    if (!data.lines) return h('p', { class: 'muted', text: 'The file could not be read when the report was built; executed lines: ' + Array.from(hit).join(', ') })
    var shown = new Set()
    hit.forEach(function (line) { for (var l = line - 3; l <= line + 3; l++) if (l >= 1 && l <= data.lines.length) shown.add(l) })
    var table = h('table', { class: 'code excerpt' })
    var previous = 0
    Array.from(shown).sort(function (a, b) { return a - b }).forEach(function (line) {
      if (previous && line > previous + 1) table.append(h('tr', { class: 'gap' }, h('td', { colspan: '2', text: '⋯' })))
      previous = line
      table.append(h('tr', { class: hit.has(line) ? 'hit' : null, 'data-line': String(line) },
        h('td', { class: 'line-number' }, h('a', { href: sourceHash(data.path, line), text: String(line) })),
        h('td', { class: 'line-text' }, h('code', { text: data.lines[line - 1] }))))
    })
    return table
  }

  // ---------------------------------------------------------------- search and filters
  function renderSearch(current, ticket) {
    var text = (current.query.get('q') || '').trim().toLowerCase()
    var tags = (current.query.get('tags') || '').trim()
    var status = current.query.get('status') || ''
    var expression = null
    if (tags) {
      try {
        expression = window.specloopTagExpressions.parse(tags)
      } catch (error) {
        show(ticket, h('section', { class: 'search' }, h('h1', { text: 'Scenarios' }), h('p', { class: 'problem', role: 'alert', text: 'Not a tag expression: ' + error.message })))
        return
      }
    }
    var started = performance.now()
    return loadScenarios().then(function (rows) {
      var words = text.split(/\s+/).filter(Boolean)
      var featureText = index.features.map(function (feature) { return (feature.name + '\n' + feature.uri).toLowerCase() })
      var matches = []
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i]
        if (status && row[3] !== status) continue
        if (expression && !expression.evaluate(row[4] ? row[4].split(' ') : [])) continue
        if (words.length) {
          var haystack = row.lower || (row.lower = (row[2] + '\n' + row[5]).toLowerCase())
          var all = true
          for (var w = 0; w < words.length && all; w++) all = haystack.indexOf(words[w]) >= 0 || featureText[row[0]].indexOf(words[w]) >= 0
          if (!all) continue
        }
        matches.push(row)
      }
      var statusFilter = h('p', { class: 'status-filter' }, 'Status: ',
        [''].concat(STATUS_ORDER).map(function (candidate) {
          return h('a', { class: 'chip' + (candidate === status ? ' current' : ''), href: searchHash({ q: current.query.get('q'), tags: tags, status: candidate }) }, candidate || 'any')
        }))
      var summary = h('p', { class: 'result-count', role: 'status' }, matches.length + ' of ' + rows.length + ' scenarios' + (words.length || expression || status ? ' match' : '') + ' (' + Math.round(performance.now() - started) + ' ms)')
      var list = virtualList({
        count: matches.length,
        rowHeight: 34,
        maxHeight: 700,
        className: 'results',
        render: function (i) {
          var row = matches[i]
          var feature = index.features[row[0]]
          var firstStep = words.length ? matchingStep(row[5], words) : ''
          return h('a', { class: 'result', href: scenarioHash(feature.uri, row[1]) },
            statusDot(row[3]),
            h('span', { class: 'feature-name', text: feature.name }),
            h('span', { class: 'sep', text: '›' }),
            h('span', { class: 'name', text: row[2] }),
            firstStep ? h('span', { class: 'step-match', text: firstStep }) : null,
            h('span', { class: 'result-tags', text: row[4] }))
        }
      })
      show(ticket, h('section', { class: 'search' }, h('h1', { text: 'Scenarios' }), statusFilter, summary, matches.length ? list : h('p', { class: 'muted', text: 'No scenario matches.' })))
    })
  }

  function matchingStep(stepsText, words) {
    var lines = stepsText.split('\n')
    for (var i = 0; i < lines.length; i++) {
      var lower = lines[i].toLowerCase()
      if (words.some(function (word) { return lower.indexOf(word) >= 0 })) return lines[i]
    }
    return ''
  }

  // ---------------------------------------------------------------- source files
  function renderSource(current, ticket) {
    var where = locate(current.rest, sourceByPath)
    var sourceIndex = where.index
    if (sourceIndex === undefined) return renderNotFound(current, ticket)
    return Promise.all([loadSource(sourceIndex), loadScenarios()]).then(function (loaded) {
      var data = loaded[0]
      var scenarios = loaded[1]
      var summary = index.sources[sourceIndex]
      // For each line, the scenarios that ran it (scenario indices in the report).
      var byLine = new Map()
      Object.keys(data.hits).forEach(function (scenarioIndex) {
        decodeLines(data.hits[scenarioIndex]).forEach(function (line) {
          var list = byLine.get(line)
          if (list) list.push(Number(scenarioIndex))
          else byLine.set(line, [Number(scenarioIndex)])
        })
      })
      var executable = new Set(decodeLines(data.executable))
      var loadedLines = new Set(data.loaded ? decodeLines(data.loaded) : [])
      var lineCount = data.lines ? data.lines.length : data.lineCount
      var panel = h('div', { class: 'line-panel', 'aria-live': 'polite' })
      var selected = where.line || 0
      function openLine(line) {
        selected = line
        var list = byLine.get(line) || []
        if (list.length === 0) {
          panel.replaceChildren(h('p', { class: 'muted', text: 'Line ' + line + ': ' + (loadedLines.has(line) ? 'ran while the code was loaded, before any scenario.' : executable.has(line) ? 'no scenario ran it (uncovered).' : 'not executable code.') }))
        } else {
          panel.replaceChildren(
            h('h2', { text: 'Line ' + line + ' was run by ' + list.length + ' scenario' + (list.length === 1 ? '' : 's') }),
            virtualList({
              count: list.length,
              rowHeight: 30,
              maxHeight: 240,
              className: 'line-scenarios',
              render: function (i) {
                var row = scenarios[list[i]]
                var feature = index.features[row[0]]
                return h('a', { class: 'result', href: scenarioHash(feature.uri, row[1]) }, statusDot(row[3]), h('span', { class: 'feature-name', text: feature.name }), h('span', { class: 'sep', text: '›' }), h('span', { class: 'name', text: row[2] }))
              }
            }))
        }
        code.refresh()
      }
      var code = virtualList({
        count: lineCount,
        rowHeight: 22,
        maxHeight: 620,
        className: 'code source',
        render: function (i) {
          var line = i + 1
          var runs = byLine.get(line)
          var classes = 'code-line' + (runs ? ' hit' : loadedLines.has(line) ? ' loaded' : executable.has(line) ? ' uncovered' : '') + (line === selected ? ' selected' : '')
          return h('div', { class: classes, 'data-line': String(line) },
            h('span', { class: 'line-number', text: String(line) }),
            runs
              ? h('button', { type: 'button', class: 'runs', title: 'scenarios that ran line ' + line, 'aria-label': runs.length + ' scenarios ran line ' + line, onclick: function () { openLine(line) } }, '×' + runs.length)
              : loadedLines.has(line)
                ? h('span', { class: 'runs loaded', title: 'ran while the code was loaded', text: 'load' })
                : h('span', { class: 'runs none', text: executable.has(line) ? '0' : '' }),
            h('code', { class: 'line-text', text: data.lines ? data.lines[i] : '' }))
        }
      })
      var provenance = index.provenance.find(function (row) { return row.path === summary.path })
      var page = h('article', { class: 'source-view' },
        breadcrumbs(h('a', { href: '#/' }, 'Overview'), h('a', { href: '#/coverage' }, 'Trace & coverage'), h('span', { text: summary.path })),
        h('h1', null, h('code', { text: summary.path })),
        h('p', { class: 'meta' }, summary.role + ' · ' + summary.origin.replace('-', ' ') + ' · ' + summary.coveredLines + ' of ' + summary.executableLines + ' executable lines run (' + percent(summary.coveredLines, summary.executableLines) + ')',
          provenance ? [' · ', h('a', { href: '#/provenance' }, 'generated by ' + provenance.generator + (provenance.model ? ' (' + provenance.model + ')' : ''))] : null),
        data.lines ? null : h('p', { class: 'problem', text: 'The file could not be read when the report was built.' }),
        h('p', { class: 'muted', text: 'Each executed line shows how many scenarios ran it; select the count to list them. Lines no scenario ran are marked.' }),
        panel,
        code)
      if (!show(ticket, page)) return
      code.refresh()
      if (where.line) {
        code.scrollToRow(where.line - 1)
        openLine(where.line)
      }
    })
  }

  // ---------------------------------------------------------------- coverage, hollow scenarios
  function renderCoverage(current, ticket) {
    var trace = index.trace
    if (!trace) {
      show(ticket, h('section', null, h('h1', { text: 'Trace & coverage' }), h('p', { class: 'muted', text: 'This run has no trace: it was not verified by specloop (a plain Cucumber Messages stream).' })))
      return
    }
    var hollow = h('section', null, h('h2', { text: 'Hollow scenarios (' + trace.hollow.length + ')' }),
      h('p', { class: 'muted', text: 'They pass, but run no implementation code or assert nothing: a green result that proves little.' }),
      trace.hollow.length ? h('ul', { class: 'hollow-list' }, trace.hollow.map(function (entry) {
        var feature = index.features[entry.feature]
        return h('li', null, h('a', { href: scenarioHash(feature.uri, entry.line) }, feature.name + ' › ' + entry.name), ' — ', entry.reason === 'no-implementation' ? 'runs no implementation code' : 'asserts nothing')
      })) : h('p', { text: 'None.' }))
    var uncovered = h('section', null, h('h2', { text: 'Code no scenario ran' }),
      trace.uncovered.length ? h('ul', { class: 'uncovered-list' }, trace.uncovered.map(function (entry) {
        var source = index.sources[entry.source]
        var firstLine = entry.lines ? Number(entry.lines.split(/[-,]/)[0]) : 0
        return h('li', null, h('a', { href: sourceHash(source.path, firstLine || undefined) }, source.path), entry.lines ? ': lines ' + entry.lines : '',
          entry.functions.length ? h('span', { class: 'functions', text: ' · functions never called: ' + entry.functions.join(', ') }) : null)
      })) : h('p', { text: 'Every executable line ran in at least one scenario.' }))
    var files = h('section', null, h('h2', { text: 'Source files (' + index.sources.length + ')' }),
      h('table', { class: 'files' },
        h('tr', null, h('th', { text: 'File' }), h('th', { text: 'Role' }), h('th', { text: 'Origin' }), h('th', { text: 'Lines run' })),
        index.sources.map(function (source) {
          return h('tr', null,
            h('td', null, h('a', { href: sourceHash(source.path) }, source.path)),
            h('td', { text: source.role }),
            h('td', { text: source.origin.replace('-', ' ') }),
            h('td', null, h('span', { class: 'bar small', role: 'img', 'aria-label': percent(source.coveredLines, source.executableLines) }, h('span', { class: 'status-passed', style: 'width:' + (source.executableLines ? 100 * source.coveredLines / source.executableLines : 0) + '%' })),
              ' ' + source.coveredLines + '/' + source.executableLines))
        })))
    show(ticket, h('article', { class: 'coverage' },
      h('h1', { text: 'Trace & coverage' }),
      h('p', { class: 'meta', text: percent(trace.coveredLines, trace.executableLines) + ' of executable lines (' + trace.coveredLines + '/' + trace.executableLines + ') and ' + trace.coveredFunctions + ' of ' + trace.functions + ' functions were run by ' + trace.scenarios + ' traced scenarios.' }),
      hollow, uncovered, files))
  }

  // ---------------------------------------------------------------- provenance and ledger
  function renderProvenance(current, ticket) {
    var rows = index.provenance
    var table = rows.length ? h('table', { class: 'provenance' },
      h('tr', null, ['File', 'Generator', 'Model', 'Round', 'Generated from', 'Edited by hand', 'Ledger'].map(function (title) { return h('th', { text: title }) })),
      rows.map(function (row) {
        return h('tr', { class: row.editedByHand ? 'edited' : null },
          h('td', null, sourceByPath.has(row.path) ? h('a', { href: sourceHash(row.path) }, row.path) : h('code', { text: row.path }), h('div', { class: 'muted small', text: 'specloop ' + row.version })),
          h('td', { text: row.generator }),
          h('td', { text: row.model || 'offline' }),
          h('td', { text: row.round === undefined ? '–' : String(row.round) }),
          h('td', null, h('ul', { class: 'plain' }, row.sources.map(function (source) {
            return h('li', null, h('code', { text: source.path }), ' ', h('span', { class: 'hash', title: source.sha256, text: source.sha256.slice(0, 12) }), ' ',
              h('span', { class: 'spec-' + source.state, text: source.state === 'changed' ? 'spec changed since' : source.state === 'unchanged' ? 'spec unchanged' : source.state === 'gone' ? 'spec gone' : 'spec not in this run' }))
          }))),
          h('td', { text: row.editedByHand ? 'yes' : 'no' }),
          h('td', { text: row.ledgerEntries.length ? row.ledgerEntries.map(function (sequence) { return '#' + sequence }).join(' ') : '–' }))
      })) : h('p', { class: 'muted', text: 'No generated files with a provenance header were found.' })
    var ledger = index.ledger
    var ledgerSection = h('section', null, h('h2', { text: 'Audit ledger' }),
      !ledger ? h('p', { class: 'muted', text: 'No ledger (.specloop/ledger.jsonl) in this project.' })
        : [h('p', { class: ledger.valid ? 'ok' : 'problem', role: ledger.valid ? null : 'alert' }, ledger.valid
          ? 'The hash chain of all ' + ledger.entries + ' entries is intact.'
          : 'The ledger is broken at line ' + ledger.brokenAtLine + ': ' + ledger.reason + '.'),
        h('table', { class: 'ledger' },
          h('tr', null, ['#', 'Time', 'Kind', 'Generator', 'Files', 'Result'].map(function (title) { return h('th', { text: title }) })),
          ledger.recent.map(function (entry) {
            return h('tr', null, h('td', { text: String(entry.sequence) }), h('td', { text: entry.time.replace('T', ' ').slice(0, 19) }), h('td', { text: entry.kind }),
              h('td', { text: entry.generator || '' }), h('td', { text: entry.files.join(', ') }), h('td', null, entry.result ? h('code', { text: entry.result }) : ''))
          }))])
    show(ticket, h('article', { class: 'provenance-page' }, h('h1', { text: 'Provenance of generated code' }),
      h('p', { class: 'muted', text: 'Each generated file records the generator that wrote it, the model and round when a model wrote it, and the hashes of the specs it was generated from. A file whose body no longer matches its recorded hash was edited by hand, and specloop never overwrites it.' }),
      table, ledgerSection))
  }

  // ---------------------------------------------------------------- governance and the matrix
  var APPROVAL_TEXT = { approved: 'approved', changed: 'changed since approved', new: 'not approved' }
  function renderGovernance(current, ticket) {
    var governance = index.governance
    var tags = (current.query.get('tags') || '').trim()
    var expression = null
    var problem = null
    if (tags) {
      try {
        expression = window.specloopTagExpressions.parse(tags)
      } catch (error) {
        problem = h('p', { class: 'problem', role: 'alert', text: 'Not a tag expression: ' + error.message })
      }
    }
    var approvals = h('section', null, h('h2', { text: 'Approvals' }),
      !governance ? h('p', { class: 'muted', text: 'No approvals are recorded: the project has no specs.lock (specloop approve writes it), or this report was made outside a project.' })
        : [h('p', { class: governance.pending.length ? 'problem' : 'ok', text: governance.counts.approved + ' approved, ' + governance.counts.changed + ' changed since approval, ' + governance.counts.new + ' not approved, ' + governance.counts.removed + ' removed' +
            (governance.lockExists ? '' : ' (no specs.lock yet)') + (governance.approverRules ? ' · ' + governance.approverRules + ' approver rules' : ' · anyone may approve') }),
          governance.pending.length ? h('ul', { class: 'pending' }, governance.pending.map(function (entry) {
            return h('li', null, entry.line ? h('a', { href: scenarioHash(entry.uri, entry.line) }, entry.uri + ':' + entry.line) : h('code', { text: entry.uri }), ' ', entry.key, ' — ',
              entry.state === 'changed' ? 'changed since ' + entry.approvedBy + ' approved it' : entry.state === 'new' ? 'not approved' : 'removed; the removal is not approved')
          })) : null])
    var gate = governance && governance.lastGate
    var gateSection = h('section', null, h('h2', { text: 'Last gate' }),
      !gate ? h('p', { class: 'muted', text: 'No gate recorded in the ledger (specloop gate --ci).' })
        : [h('p', { class: gate.passed ? 'ok' : 'problem', text: (gate.passed ? 'Passed' : 'Failed') + (gate.ci ? ' (CI)' : '') + ' at ' + gate.time.replace('T', ' ').slice(0, 19) + ' (ledger entry #' + gate.sequence + ')' }),
          h('table', { class: 'gate' }, h('tr', null, h('th', { text: 'Check' }), h('th', { text: 'Result' })),
            gate.checks.map(function (check) { return h('tr', null, h('td', { text: check.check }), h('td', { text: !check.ran ? 'skipped' : check.findings ? check.findings + ' findings' : 'ok' })) })),
          gate.findings.length ? h('ul', { class: 'findings' }, gate.findings.map(function (finding) {
            return h('li', null, h('code', { text: (finding.file || '') + (finding.line ? ':' + finding.line : '') }), ' ', finding.check + ': ' + (finding.message || finding.code))
          })) : null])
    var filter = h('form', { class: 'matrix-filter', role: 'search' }, h('label', null, 'Tags ', h('input', { name: 'tags', value: tags, placeholder: '@REQ-101 or @billing and not @wip' })), h('button', { type: 'submit' }, 'Filter'))
    filter.addEventListener('submit', function (event) {
      event.preventDefault()
      location.hash = '#/governance' + (filter.elements.tags.value.trim() ? '?tags=' + encodeURIComponent(filter.elements.tags.value.trim()) : '')
    })
    return loadMatrix().then(function (rows) {
      var shown = rows.filter(function (row) { return !expression || expression.evaluate(row[3] ? row[3].split(' ') : []) })
      var table = h('table', { class: 'matrix' },
        h('tr', null, ['Requirement', 'Tags', 'Approval', 'Generated code it ran', 'Lines', 'Result'].map(function (title) { return h('th', { text: title }) })),
        shown.map(function (row) {
          var feature = index.features[row[0]]
          return h('tr', null,
            h('td', null, h('a', { href: scenarioHash(feature.uri, row[1]) }, feature.name + ' › ' + row[2]), h('div', { class: 'muted small', text: feature.uri + ':' + row[1] })),
            h('td', { text: row[3] }),
            h('td', { text: row[4] ? APPROVAL_TEXT[row[4]] + (row[5] ? ' by ' + row[5] : '') + (row[7] ? ' (' + row[7] + ')' : '') : '–' }),
            h('td', null, row[9].length ? h('ul', { class: 'plain' }, row[9].map(function (source) {
              var path = index.sources[source].path
              var provenance = index.provenance.find(function (entry) { return entry.path === path })
              return h('li', null, h('a', { href: sourceHash(path) }, path), provenance ? h('span', { class: 'muted small', text: ' ' + provenance.generator + (provenance.model ? ', ' + provenance.model : '') }) : null)
            })) : '–'),
            h('td', { text: String(row[10]) }),
            h('td', null, h('span', { class: 'status status-' + row[8], text: row[8] })))
        }))
      show(ticket, h('article', { class: 'governance' }, h('h1', { text: 'Governance' }), approvals, gateSection,
        h('section', null, h('h2', { text: 'Traceability matrix' }),
          h('p', { class: 'muted', text: 'Each scenario: its approval, the generated code it ran (with the generator that wrote it), the lines it ran and its result. specloop trace --matrix --format csv exports the same for auditors.' }),
          filter, problem, h('p', { class: 'result-count', role: 'status', text: shown.length + ' of ' + rows.length + ' scenarios' }), table)))
    })
  }

  function renderHistory(current, ticket) {
    var runs = index.history.slice().reverse()
    show(ticket, h('article', null, h('h1', { text: 'History' }),
      h('div', { class: 'trend-box' }, document.getElementById('trend-chart').content.cloneNode(true)),
      h('table', { class: 'history' },
        h('tr', null, ['Run', 'Time', 'Scenarios', '', 'Duration', 'Coverage'].map(function (title) { return h('th', { text: title }) })),
        runs.map(function (run) {
          var total = STATUS_ORDER.reduce(function (sum, status) { return sum + run.scenarios[status] }, 0)
          return h('tr', { class: run.runId === index.run.id ? 'current' : null }, h('td', null, h('code', { text: run.runId })), h('td', { text: run.time.replace('T', ' ').slice(0, 19) }),
            h('td', { text: String(total) }), h('td', null, countsBar(run.scenarios), ' ' + describeCounts(run.scenarios)), h('td', { text: duration(run.durationMs) }), h('td', { text: run.coverage === undefined ? '–' : run.coverage + '%' }))
        }))))
  }

  route()
})()
