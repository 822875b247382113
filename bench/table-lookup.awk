# The bare baseline of bench/screen.sh: reads a docket CSV and, for every row, looks up the
# Sentencing Table cell for its offense level and criminal history category. Nothing else: no
# validation, no law, no amendments. It is the floor a screening run is measured against.
#
#   awk -v table=TABLE.csv -f bench/table-lookup.awk DOCKET.csv > OUT.csv
#
# TABLE.csv is `rangefinder table --format csv` (offense_level,criminal_history_category,
# min_months,max_months,zone). The docket is read by its header: the columns offense_level and
# criminal_history_category are found by name, in any position. Handled like a CSV reader must:
# a UTF-8 BOM, CRLF line ends, quoted fields (with commas, doubled quotes and line breaks inside);
# a quote that is never closed costs only the line it opened on (function record, below).
# Output: one row per input record, in input order: id,offense_level,criminal_history_category,table_range
# (table_range "N-M", "N-life" or "life"; empty when the level or category is not in the table).
# Written for any POSIX awk; mawk is the fastest.

BEGIN {
    FS = ","
    if (table == "") {
        print "table-lookup.awk: give the table file with -v table=FILE" > "/dev/stderr"
        exit 2
    }
    n = 0
    while ((getline line < table) > 0) {
        sub(/\r$/, "", line)
        if (n++ == 0) continue                      # the table's header
        split(line, t, ",")
        cell[t[1] "," t[2]] = (t[3] == t[4]) ? t[3] : t[3] "-" t[4]
    }
    close(table)
    if (n < 2) {
        print "table-lookup.awk: no rows in " table > "/dev/stderr"
        exit 2
    }
    print "id,offense_level,criminal_history_category,table_range"
}

NR == 1 {
    sub(/^\xef\xbb\xbf/, "")
    sub(/\r$/, "")
    nf = fields($0)
    for (i = 1; i <= nf; i++) col[f[i]] = i
    if (!("offense_level" in col) || !("criminal_history_category" in col)) {
        print "table-lookup.awk: the header lacks offense_level or criminal_history_category" > "/dev/stderr"
        exit 2
    }
    ci = ("id" in col) ? col["id"] : 0
    cl = col["offense_level"]
    cc = col["criminal_history_category"]
    next
}

{
    sub(/\r$/, "")
    if (index($0, "\"") == 0) {                      # the common case: no quotes, awk's own split
        id = ci ? $ci : ""
        level = $cl
        cat = $cc
    } else {
        record($0)
        while (nheld > 0) {                          # lines a malformed record had taken, read again
            $0 = held[nheld--]
            if (index($0, "\"")) { record($0); continue }
            key = $cl "," $cc
            print (ci ? $ci : "") "," $cl "," $cc "," ((key in cell) ? cell[key] : "")
        }
        next
    }
    key = level "," cat
    print id "," level "," cat "," ((key in cell) ? cell[key] : "")
}

# Writes the row of a record with quotes that starts with the line `first`. A quoted field may run
# on over the next lines, up to 64 KB in all (the limit of screen's reader); when its quote is not
# closed by then, or the joined record has not the header's number of fields, the record is
# malformed: its row is that of `first` alone, and the lines it took are read again as records.
function record(first,    rec, q, k, i) {
    rec = first
    q = quotes(first)
    k = 0
    while (q % 2 == 1 && length(rec) <= 65536 && more()) {
        taken[++k] = line
        rec = rec "\n" line
        q += quotes(line)
    }
    if (k > 0 && (q % 2 == 1 || fields(rec) != nf)) {
        for (i = k; i >= 1; i--) held[++nheld] = taken[i]
        rec = first
    }
    fields(rec)
    key = f[cl] "," f[cc]
    print csv(ci ? f[ci] : "") "," csv(f[cl]) "," csv(f[cc]) "," ((key in cell) ? cell[key] : "")
}

# The next physical line into `line`: one given back by a malformed record first. 0 at the end.
function more() {
    if (nheld > 0) {
        line = held[nheld--]
        return 1
    }
    if ((getline line) <= 0) return 0
    sub(/\r$/, "", line)
    return 1
}

# Splits an RFC 4180 record into f[1..n] (quotes removed, "" as "), returns n. The record is cut
# at its quotes: the odd pieces lie outside quotes (split at commas), the even ones inside; an empty
# outside piece between two inside pieces is a doubled quote.
function fields(s,    np, p, i, j, nc, c, n, v) {
    split("", f)
    np = split(s, p, "\"")
    n = 0; v = ""
    for (i = 1; i <= np; i++) {
        if (i % 2 == 0) v = v p[i]
        else if (p[i] == "" && i > 1 && i < np) v = v "\""
        else {
            nc = split(p[i], c, ",")
            if (nc > 0) v = v c[1]
            for (j = 2; j <= nc; j++) { f[++n] = v; v = c[j] }
        }
    }
    f[++n] = v
    return n
}

# A field as CSV: quoted when it holds a comma, a quote or a line break.
function csv(v) {
    if (v ~ /[",\n\r]/) {
        gsub(/"/, "\"\"", v)
        return "\"" v "\""
    }
    return v
}

function quotes(s,    t) {
    t = s
    return gsub(/"/, "", t)
}
