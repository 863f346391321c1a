package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records: validating compact and canonical constructors, normalising components, accessor overrides, static members, equals/toString with arrays and nested records, local records. */
public class RecordConstructorsAndAccessors {
    record Range(int lo, int hi) {
        static int created;
        static final Range EMPTY = new Range(0, 0);

        Range {
            if (lo > hi) {
                throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
            }
            created++;
        }

        Range(int single) {
            this(single, single);
        }

        int length() {
            return hi - lo;
        }
    }

    record Name(String first, String last) {
        Name(String first, String last) {
            this.first = first == null ? "?" : first.strip();
            this.last = last == null ? "?" : last.strip().toUpperCase();
        }
    }

    record Money(long cents) {
        Money {
            cents = Math.max(0, cents);
        }

        @Override
        public long cents() {
            return cents + 0;
        }

        @Override
        public String toString() {
            return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
        }
    }

    record Buffer(String label, int[] data) {
        Buffer {
            data = data.clone();
        }

        @Override
        public int[] data() {
            return data.clone();
        }

        boolean sameContent(Buffer other) {
            return label.equals(other.label) && Arrays.equals(data, other.data);
        }
    }

    record Line(Range x, Range y, Name owner) {
    }

    record Tagged<T>(String tag, T value) {
    }

    interface HasArea {
        double area();

        default String areaText() {
            return "area=" + area();
        }
    }

    record Sq(double side) implements HasArea {
        public double area() {
            return side * side;
        }
    }

    static String attempt(int lo, int hi) {
        try {
            return "ok " + new Range(lo, hi);
        } catch (IllegalArgumentException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        System.out.println(attempt(1, 5));
        System.out.println(attempt(5, 1));
        System.out.println(attempt(-3, -3));
        System.out.println("single: " + new Range(7) + " length " + new Range(2, 9).length());
        System.out.println("EMPTY: " + Range.EMPTY + " created so far " + Range.created);
        Name n = new Name("  ada ", " lovelace ");
        System.out.println("name: " + n + " first=[" + n.first() + "]");
        System.out.println("null name: " + new Name(null, null));
        System.out.println("name equals: " + n.equals(new Name("ada", "LOVELACE")) + " " + n.equals(new Name("ada", "lovelace")));
        Money m = new Money(-500);
        System.out.println("money: " + m + " " + new Money(1234) + " " + new Money(1205) + " cents=" + new Money(99).cents());
        int[] raw = {1, 2, 3};
        Buffer b1 = new Buffer("b", raw);
        raw[0] = 99;
        Buffer b2 = new Buffer("b", new int[] {1, 2, 3});
        System.out.println("defensive copy: " + Arrays.toString(b1.data()));
        System.out.println("buffers equal (array identity): " + b1.equals(b2) + ", same content: " + b1.sameContent(b2));
        System.out.println("buffer equals itself: " + b1.equals(b1));
        String bufferText = b1.toString();
        System.out.println("buffer toString prefix: " + bufferText.substring(0, bufferText.indexOf("data=") + 5)
                + " array-ish: " + bufferText.contains("[I@"));
        Line l1 = new Line(new Range(0, 4), new Range(1, 2), new Name("a", "b"));
        Line l2 = new Line(new Range(0, 4), new Range(1, 2), new Name("a", "B"));
        System.out.println("line: " + l1);
        System.out.println("nested equals: " + l1.equals(l2) + " hash equal: " + (l1.hashCode() == l2.hashCode()));
        System.out.println("range hash equal: " + (new Range(3, 4).hashCode() == new Range(3, 4).hashCode()));
        Tagged<List<String>> t = new Tagged<>("list", List.of("x", "y"));
        Tagged<Integer> ti = new Tagged<>("int", null);
        System.out.println("generic: " + t + " " + ti + " " + ti.equals(new Tagged<>("int", null)));

        record Pt(int x, int y) {
            Pt flip() {
                return new Pt(y, x);
            }
        }
        List<Pt> pts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pts.add(new Pt(i, i * i).flip());
        }
        System.out.println("local records: " + pts);
        System.out.println("local equals: " + new Pt(1, 2).equals(new Pt(1, 2)) + " " + new Pt(1, 2).equals(new Pt(2, 1)));
        record Empty() {
        }
        System.out.println("empty: " + new Empty() + " " + new Empty().equals(new Empty()));
        HasArea a = new Sq(1.5);
        System.out.println("interface on record: " + a.areaText() + " " + a);
        System.out.println("created total: " + Range.created);
        Object o = new Range(2, 3);
        System.out.println("equals other type: " + o.equals(new Tagged<>("a", 1)) + " " + o.equals(null));
        System.out.println("double components: " + new Tagged<>("d", 0.1 + 0.2) + " " + new Tagged<>("f", 1.0f / 3));
    }
}
