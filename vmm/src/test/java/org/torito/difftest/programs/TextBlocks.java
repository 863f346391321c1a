package org.torito.difftest.programs;

/** Text blocks: indentation stripping, trailing space removal, \s, line continuation, escapes, closing delimiter position. */
public class TextBlocks {
    static void show(String label, String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case ' ' -> sb.append('_');
                case '"' -> sb.append("<q>");
                case '\\' -> sb.append("<bs>");
                default -> {
                    if (c < 32 || c > 126) {
                        sb.append(String.format("<u%04x>", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        System.out.println(label + " [" + s.length() + "] " + sb);
    }

    public static void main(String[] args) {
        String basic = """
            Hello,
              World!
            """;
        show("basic", basic);

        String closingLeft = """
                indented
                  more
            """;
        show("closingLeft", closingLeft);

        String noTrailingNewline = """
            one
            two""";
        show("noTrailingNewline", noTrailingNewline);

        String trailing = """
            spaces stripped   
            kept\s
            two kept \s
            """;
        show("trailing", trailing);

        String continued = """
            this is \
            one line \
            only
            """;
        show("continued", continued);

        String escapes = """
            tab\there
            quote " and triple \""" and \"\"\"
            backslash \\ octal \101\60 unicode \u00e9
            cr\rend
            """;
        show("escapes", escapes);

        String empty = """
            """;
        show("empty", empty);

        String blankLines = """

            middle

            """;
        show("blankLines", blankLines);

        String json = """
            {
              "name": "%s",
              "n": %d
            }
            """.formatted("torito", 3);
        show("json", json);

        String concat = """
            a
            """ + """
            b""";
        show("concat", concat);

        String sameAsLiteral = "line1\nline2\n";
        String block = """
            line1
            line2
            """;
        System.out.println("equals literal: " + block.equals(sameAsLiteral));
        System.out.println("same constant: " + (block == sameAsLiteral));

        String mixed = """
            \tleading tab escape
              two spaces
            """;
        show("mixed", mixed);
        String closingRight = """
            x
              y
                """;
        show("closingRight", closingRight);
    }
}
