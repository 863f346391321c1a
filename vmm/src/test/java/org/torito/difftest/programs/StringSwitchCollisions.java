package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** String switches whose labels share hash codes: 16 strings built from "Aa"/"BB" blocks (all one hash), labels with hash 0, empty strings, fall-through between colliding labels, and inputs that collide with a label without being equal. */
public class StringSwitchCollisions {
    static String classify(String s) {
        switch (s) {
            case "AaAaAaAa":
                return "L0";
            case "BBBBBBBB":
                return "L15";
            case "AaBBAaBB":
                return "L5";
            case "BBAaBBAa":
                return "L10";
            case "AaAaBBBB":
            case "BBBBAaAa":
                return "L3|L12";
            case "":
                return "empty";
            case "\0":
                return "nul";
            case "polygenelubricants":
                return "hash MIN_VALUE";
            default:
                return "default(" + s.hashCode() + ")";
        }
    }

    static int fallThrough(String s) {
        int r = 0;
        switch (s) {
            case "Aa":
                r += 1;
            case "BB":
                r += 10;
                break;
            case "C#":
                r += 100;
            case "Bb":
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    static String arrow(String s) {
        return switch (s) {
            case "AaAa", "BBBB" -> "pair-a";
            case "AaBB", "BBAa" -> "pair-b";
            case "Ab" -> "Ab";
            default -> {
                String h = Integer.toHexString(s.hashCode());
                yield "other " + h;
            }
        };
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>();
        for (int mask = 0; mask < 16; mask++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 3; bit >= 0; bit--) {
                sb.append((mask >> bit & 1) == 0 ? "Aa" : "BB");
            }
            all.add(sb.toString());
        }
        int h0 = all.get(0).hashCode();
        boolean same = true;
        for (String s : all) {
            same &= s.hashCode() == h0;
        }
        System.out.println("16 strings, one hash: " + same + " " + h0);
        for (String s : all) {
            System.out.println(s + " -> " + classify(s));
        }
        String[] extras = {"", "\0", "\0\0", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "AaAaAaA", "AaAaAaAaX", new String("BBBBBBBB")};
        for (String s : extras) {
            System.out.println("[" + s.replace("\0", "\\0") + "] hash " + s.hashCode() + " -> " + classify(s));
        }
        for (String s : new String[] {"Aa", "BB", "C#", "Bb", "Ba", "CB"}) {
            System.out.println(s + " hash " + s.hashCode() + " fall " + fallThrough(s));
        }
        for (String s : new String[] {"AaAa", "BBBB", "AaBB", "BBAa", "Ab", "BC", "AaAb"}) {
            System.out.println(s + " arrow " + arrow(s));
        }
        try {
            String n = null;
            classify(n);
        } catch (NullPointerException e) {
            System.out.println("null selector: NullPointerException");
        }
    }
}
