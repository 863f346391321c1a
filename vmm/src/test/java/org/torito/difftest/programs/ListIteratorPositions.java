package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** ListIterator on ArrayList and LinkedList: add/set/remove at the start, middle and end, indices, IllegalStateException cases. */
public class ListIteratorPositions {
    static String state(ListIterator<?> it) {
        return "[prev=" + it.previousIndex() + " next=" + it.nextIndex() + " hasPrev=" + it.hasPrevious() + " hasNext=" + it.hasNext() + "]";
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println("  " + label + " ok");
        } catch (RuntimeException e) {
            System.out.println("  " + label + " " + e.getClass().getName());
        }
    }

    static void exercise(String name, List<String> list) {
        System.out.println(name);
        list.addAll(List.of("a", "b", "c", "d"));
        ListIterator<String> it = list.listIterator();
        System.out.println("  start " + state(it));
        // Every mutation needs a preceding next/previous, and add resets that.
        attempt("set before next", () -> it.set("x"));
        attempt("remove before next", it::remove);
        it.add("S");
        System.out.println("  add at start " + list + " " + state(it));
        attempt("set after add", () -> it.set("x"));
        attempt("remove after add", it::remove);
        System.out.println("  next " + it.next() + " " + state(it));
        it.set("A");
        it.set("AA");
        System.out.println("  set twice " + list);
        it.remove();
        System.out.println("  remove after next " + list + " " + state(it));
        attempt("remove twice", it::remove);
        attempt("set after remove", () -> it.set("x"));
        System.out.println("  next " + it.next() + " previous " + it.previous() + " " + state(it));
        it.remove();
        System.out.println("  remove after previous " + list + " " + state(it));
        it.next();
        it.add("M1");
        it.add("M2");
        System.out.println("  two adds in middle " + list + " " + state(it) + " previous " + it.previous());
        it.set("m2");
        System.out.println("  set after previous " + list);
        while (it.hasNext()) {
            it.next();
        }
        System.out.println("  at end " + state(it));
        attempt("next at end", it::next);
        it.add("E");
        System.out.println("  add at end " + list + " " + state(it));
        System.out.println("  previous " + it.previous() + " then remove");
        it.remove();
        System.out.println("  " + list + " " + state(it));
        while (it.hasPrevious()) {
            String s = it.previous();
            if (s.startsWith("M") || s.startsWith("m")) {
                it.remove();
            } else {
                it.set(s.toLowerCase() + it.nextIndex());
            }
        }
        System.out.println("  backwards pass " + list + " " + state(it));
        attempt("previous at start", it::previous);
        it.add("first");
        System.out.println("  add at start again " + list + " " + state(it));

        ListIterator<String> mid = list.listIterator(2);
        System.out.println("  listIterator(2) " + state(mid) + " previous " + mid.previous() + " next " + mid.next() + " next "
                + mid.next());
        attempt("listIterator(size+1)", () -> list.listIterator(list.size() + 1));
        attempt("listIterator(-1)", () -> list.listIterator(-1));
        ListIterator<String> end = list.listIterator(list.size());
        System.out.println("  listIterator(size) " + state(end) + " previous " + end.previous());
        // Adding while walking forward: added elements are not visited by next().
        ListIterator<String> dup = list.listIterator();
        int visited = 0;
        while (dup.hasNext()) {
            String s = dup.next();
            visited++;
            dup.add(s + "'");
        }
        System.out.println("  duplicated " + list + " visited " + visited + " " + state(dup));
        List<String> empty = name.startsWith("Array") ? new ArrayList<>() : new LinkedList<>();
        ListIterator<String> e = empty.listIterator();
        System.out.println("  empty " + state(e));
        e.add("only");
        System.out.println("  empty after add " + empty + " " + state(e) + " previous " + e.previous());
        e.remove();
        System.out.println("  empty again " + empty + " " + state(e));
    }

    public static void main(String[] args) {
        for (String kind : new String[] {"ArrayList", "LinkedList"}) {
            try {
                exercise(kind, kind.equals("ArrayList") ? new ArrayList<>() : new LinkedList<>());
            } catch (RuntimeException e) {
                System.out.println("  " + kind + " stopped by " + e.getClass().getName());
            }
        }
        List<Integer> big = new LinkedList<>();
        for (int i = 0; i < 200; i++) {
            big.add(i);
        }
        ListIterator<Integer> it = big.listIterator(100);
        int sum = 0;
        while (it.hasPrevious()) {
            int v = it.previous();
            if (v % 3 == 0) {
                it.remove();
            } else if (v % 3 == 1) {
                it.set(-v);
            } else {
                it.add(1000 + v);
                it.previous();
            }
            sum += v;
        }
        System.out.println("big " + big.size() + " sum " + sum + " head " + big.subList(0, 12) + " hash " + big.hashCode());
    }
}
