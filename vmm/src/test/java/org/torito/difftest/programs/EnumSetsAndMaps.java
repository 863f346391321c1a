package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Enums with constructors that record into a static registry held by a nested class, abstract methods per constant, switches over enums (old and arrow forms, default), EnumSet algebra (range, complementOf, copyOf) and EnumMap views in ordinal order. */
public class EnumSetsAndMaps {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), VENUS(4.869e+24, 6.0518e6), EARTH(5.976e+24, 6.37814e6), MARS(6.421e+23, 3.3972e6),
        JUPITER(1.9e+27, 7.1492e7);

        // an enum constructor may not read the enum's own non-constant statics: a nested holder is initialised first
        static class Registry {
            static final List<String> CREATED = new ArrayList<>();
        }

        final double mass;
        final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
            Registry.CREATED.add(name() + "#" + ordinal());
        }

        long gravityMilli() {
            return Math.round(6.67300E-11 * mass / (radius * radius) * 1000);
        }
    }

    enum Op {
        ADD("+") {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        },
        SUB("-") {
            @Override
            int apply(int a, int b) {
                return a - b;
            }
        },
        MUL("*") {
            @Override
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Day {
        MON, TUE, WED, THU, FRI, SAT, SUN
    }

    static String oldSwitch(Day d) {
        String r = "";
        switch (d) {
            case SAT:
            case SUN:
                r += "weekend";
                break;
            case FRI:
                r += "almost ";
            default:
                r += "weekday";
        }
        return r;
    }

    static int arrowSwitch(Day d) {
        return switch (d) {
            case MON, TUE -> 1;
            case WED -> {
                int x = d.ordinal();
                yield x * 10;
            }
            default -> -d.ordinal();
        };
    }

    public static void main(String[] args) {
        System.out.println("created " + Planet.Registry.CREATED);
        for (Planet p : Planet.values()) {
            System.out.println(p + " g=" + p.gravityMilli() + " cmp EARTH " + Integer.signum(p.compareTo(Planet.EARTH)));
        }
        // reading the holder alone does not initialise Planet: the first print is empty
        System.out.println("created after use " + Planet.Registry.CREATED);
        for (Op op : Op.values()) {
            System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(7, 3) + " class-is-Op " + (op.getDeclaringClass() == Op.class)
                    + " valueOf " + (Op.valueOf(op.name()) == op));
        }
        for (Day d : Day.values()) {
            System.out.println(d + " " + oldSwitch(d) + " " + arrowSwitch(d));
        }

        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        EnumSet<Day> mid = EnumSet.range(Day.TUE, Day.THU);
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        System.out.println("weekend " + weekend + " work " + work + " mid " + mid + " none " + none + " all " + EnumSet.allOf(Day.class));
        EnumSet<Day> copy = EnumSet.copyOf(List.of(Day.FRI, Day.MON, Day.FRI));
        copy.addAll(weekend);
        copy.removeIf(d -> d == Day.SAT);
        System.out.println("copy " + copy + " size " + copy.size() + " contains SUN " + copy.contains(Day.SUN)
                + " containsAll mid " + copy.containsAll(mid) + " retain " + retain(copy, work));
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("copyOf empty collection: IllegalArgumentException");
        }
        System.out.println("equals " + EnumSet.of(Day.MON).equals(java.util.Set.of(Day.MON)) + " " + EnumSet.range(Day.MON, Day.SUN).equals(EnumSet.allOf(Day.class)));

        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.WED, 8);
        hours.put(Day.MON, 6);
        hours.put(Day.SUN, 0);
        hours.merge(Day.MON, 2, Integer::sum);
        hours.computeIfAbsent(Day.TUE, d -> d.ordinal() * 4);
        System.out.println("hours " + hours + " keys " + hours.keySet() + " values " + hours.values());
        hours.keySet().remove(Day.SUN);
        hours.entrySet().removeIf(e -> e.getValue() == 4);
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            e.setValue(e.getValue() + 100);
        }
        System.out.println("after views " + hours + " containsKey SUN " + hours.containsKey(Day.SUN) + " get null " + hours.get(null));
        EnumMap<Day, Integer> copyMap = new EnumMap<>(hours);
        System.out.println("copy equals " + copyMap.equals(hours) + " " + copyMap.equals(new java.util.TreeMap<>(hours)));
        try {
            hours.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("put null key: NullPointerException");
        }
    }

    static EnumSet<Day> retain(EnumSet<Day> a, EnumSet<Day> b) {
        EnumSet<Day> r = a.clone();
        r.retainAll(b);
        return r;
    }
}
