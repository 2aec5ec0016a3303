// Sortable register tables and the filters of the Statement of Applicability and the audit trail. No data from records is evaluated here.
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (header, index) {
      header.style.cursor = 'pointer';
      header.title = 'Sort';
      header.addEventListener('click', function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var ascending = header.getAttribute('data-sort') !== 'asc';
        rows.sort(function (a, b) {
          var x = a.cells[index].textContent.trim();
          var y = b.cells[index].textContent.trim();
          return ascending ? x.localeCompare(y, undefined, {numeric: true}) : y.localeCompare(x, undefined, {numeric: true});
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (h) { h.removeAttribute('data-sort'); });
        header.setAttribute('data-sort', ascending ? 'asc' : 'desc');
      });
    });
  });
  // A select filters the rows of its tables by a class on the row's marker.
  function filter(selectId, rows, markerClass) {
    var select = document.getElementById(selectId);
    if (select) {
      select.addEventListener('change', function () {
        var value = select.value;
        document.querySelectorAll(rows).forEach(function (row) {
          var marker = row.querySelector('.' + markerClass);
          var show = value === 'all' || (marker && marker.classList.contains(value));
          row.style.display = show ? '' : 'none';
        });
      });
    }
  }
  filter('soa-filter-select', 'table.soa tbody tr', 'soa-row');
  filter('trail-filter-select', 'table.trail tbody tr', 'trail-row');
})();
