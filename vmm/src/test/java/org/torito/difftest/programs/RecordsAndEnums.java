package org.torito.difftest.programs;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/** Records (toString, equals, hashCode, compact constructors) and enums (values, valueOf, switch, EnumMap/EnumSet). */
public class RecordsAndEnums {
    record Point(int x, int y) {
        Point {
            if (x < 0) {
                throw new IllegalArgumentException("negative x");
            }
        }

        Point scale(int k) {
            return new Point(x * k, y * k);
        }

        static Point origin() {
            return new Point(0, 0);
        }
    }

    record Named(String name, double weight, long id, boolean flag, char c, Point where, int[] data) {
    }

    record Empty() {
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        final double mass;
        final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        long gravityMilli() {
            return (long) (6.67300E-11 * mass / (radius * radius) * 1000);
        }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        @Override
        public String toString() {
            return "Op" + symbol;
        }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.scale(2)
                + " " + Point.origin() + " " + p.x() + p.y() + " " + p.equals(null) + " " + p.equals(p.scale(1)));
        // Record.hashCode's value is unspecified (JLS 8.10.3 only requires consistency with equals),
        // so only equality of hash codes is printed, never the numbers.
        Named n = new Named("n", -0.0, Long.MIN_VALUE, true, 'z', p, null);
        Named m = new Named("n", 0.0, Long.MIN_VALUE, true, 'z', q, null);
        Named nan1 = new Named(null, Double.NaN, 0, false, 'a', null, null);
        Named nan2 = new Named(null, Double.NaN, 0, false, 'a', null, null);
        // Record equals compares double components with Double.compare: -0.0 differs from 0.0,
        // NaN equals NaN.
        System.out.println(n + " | " + (nan1.hashCode() == nan2.hashCode()) + " " + m.equals(new Named("n", 0.0, Long.MIN_VALUE, true, 'z', q, null))
                + " " + n.equals(m) + " " + nan1.equals(nan2));
        int[] shared = {1};
        System.out.println(new Named("a", 1, 1, false, 'b', null, shared).equals(new Named("a", 1, 1, false, 'b', null, shared))
                + " " + new Named("a", 1, 1, false, 'b', null, new int[] {1}).equals(new Named("a", 1, 1, false, 'b', null, new int[] {1})));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + (new Empty().hashCode() == new Empty().hashCode()));
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact ctor: " + e.getMessage());
        }
        Object o = p;
        if (o instanceof Point(int x, int y) && x < y) {
            System.out.println("deconstructed " + x + "," + y);
        }

        for (Planet planet : Planet.values()) {
            System.out.println(planet + " " + planet.name() + " " + planet.ordinal() + " " + planet.gravityMilli()
                    + " " + planet.compareTo(Planet.EARTH) + " " + planet.getDeclaringClass().getSimpleName());
        }
        System.out.println(Planet.valueOf("EARTH") + " " + Enum.valueOf(Day.class, "WED") + " " + Day.values().length
                + " " + (Day.valueOf("SUN") == Day.SUN) + " " + Day.MON.equals(Day.MON));
        try {
            Day.valueOf("Funday");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf: " + e.getClass().getName());
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.apply(6, 7) + " " + op.getDeclaringClass().getSimpleName()
                    + " " + (op.getClass() == Op.class));
        }
        StringBuilder kinds = new StringBuilder();
        for (Day d : Day.values()) {
            kinds.append(switch (d) {
                case SAT, SUN -> "weekend";
                case FRI -> "almost";
                default -> "work";
            }).append(classic(d)).append(' ');
        }
        System.out.println(kinds.toString().trim());
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        hours.merge(Day.MON, 1, Integer::sum);
        System.out.println(hours + " " + hours.containsKey(Day.TUE) + " " + hours.keySet().iterator().next());
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> week = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + week + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.allOf(Day.class).size()
                + " " + EnumSet.noneOf(Day.class) + " " + week.contains(Day.SAT));
        Map<Planet, String> byPlanet = new EnumMap<>(Map.of(Planet.JUPITER, "big", Planet.MERCURY, "small"));
        System.out.println(byPlanet + " " + Objects.hash(1, "a", null) + " " + Objects.equals(null, null));
    }

    static String classic(Day d) {
        switch (d) {
            case MON:
                return "1";
            case SUN:
                return "7";
            default:
                return "";
        }
    }
}
