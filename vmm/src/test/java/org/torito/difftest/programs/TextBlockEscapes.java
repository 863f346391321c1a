package org.torito.difftest.programs;

/** Text blocks beyond the basics: tabs and spaces in the indentation, blank lines with whitespace, \r and \t escapes, \s at line ends, line continuation with trailing spaces kept, escaped triple quotes and backslashes, and String.stripIndent/translateEscapes/formatted at run time. */
public class TextBlockEscapes {
    static void show(String label, String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case ' ' -> sb.append('.');
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
        String tabs = """
			tab one
				tab two
			""";
        show("tabs", tabs);
        String mixed = """
  	x
	   y
   """;
        show("mixed", mixed);
        String blankLines = """
            first
        

               
            last
            """;
        show("blankLines", blankLines);
        String escapes = """
            cr\r
            tab\there
            bs\\end
            quote\"""inside
            two "" quotes and one " quote
            octal \101\7\0end
            unicode \u00e9\u2603
            """;
        show("escapes", escapes);
        String spaces = """
            keep\s
            keep two \s
            gone   
            \s
            """;
        show("spaces", spaces);
        String continued = """
            one \
            two   \
            three\
            """;
        show("continued", continued);
        String closingRight = """
              a
               b
                  """;
        show("closingRight", closingRight);
        String empty = """
            """;
        show("empty", empty);
        String json = """
            {"k": %d, "s": "%s"}
            """.formatted(42, "v\\n");
        show("json", json);
        show("stripIndent", "   a\n     b\n   c   \n".stripIndent());
        show("stripIndent no newline", "  x\n    y".stripIndent());
        show("stripIndent blank last", "    x\n  ".stripIndent());
        show("translateEscapes", "a\\tb\\nc\\101\\s\\\\d\\'".translateEscapes());
        try {
            "bad \\q".translateEscapes();
        } catch (IllegalArgumentException e) {
            System.out.println("translateEscapes bad: " + e.getClass().getName() + " " + e.getMessage());
        }
        System.out.println("equal to literal " + ("""
            ab
            cd""".equals("ab\ncd")) + " same " + ("""
            ab""" == "ab"));
    }
}
