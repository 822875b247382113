# The bare baseline of bench/screen.sh: reads a docket CSV and, for every row, looks up the
# Sentencing Table cell for its offense level and criminal history category. Nothing else: no
# validation, no law, no amendments. It is the floor a screening run is measured against.
#
#   awk -v table=TABLE.csv -f bench/table-lookup.awk DOCKET.csv > OUT.csv
#
# TABLE.csv is `rangefinder table --format csv` (offense_level,criminal_history_category,
# min_months,max_months,zone). The docket is read by its header: the columns offense_level and
# criminal_history_category are found by name, in any position. Handled like a CSV reader must:
# a UTF-8 BOM, CRLF line ends, quoted fields (with commas, doubled quotes and line breaks inside).
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
        while (quotes($0) % 2 == 1) {                 # a quoted field runs on to the next line
            if ((getline more) <= 0) break
            sub(/\r$/, "", more)
            $0 = $0 "\n" more
        }
        fields($0)
        key = f[cl] "," f[cc]
        print csv(ci ? f[ci] : "") "," csv(f[cl]) "," csv(f[cc]) "," ((key in cell) ? cell[key] : "")
        next
    }
    key = level "," cat
    print id "," level "," cat "," ((key in cell) ? cell[key] : "")
}

# Splits an RFC 4180 record into f[1..n] (quotes removed, "" as "), returns n. The record is cut
# at its quotes: the odd pieces lie outside quotes (split at commas), the even ones inside; an empty
# outside piece between two inside pieces is a doubled quote.
function fields(s,    np, p, i, j, nc, c, n, v) {
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
