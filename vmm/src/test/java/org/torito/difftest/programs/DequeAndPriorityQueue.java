package org.torito.difftest.programs;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/** ArrayDeque as stack and queue (wrap-around, growth, descending iterator, null rejection) and PriorityQueue with comparators and ties, printed by polling. */
public class DequeAndPriorityQueue {
    record Task(String name, int priority, int seq) {
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (RuntimeException e) {
            System.out.println(label + " " + e.getClass().getName());
        }
    }

    static <T> String drain(PriorityQueue<T> q) {
        StringBuilder sb = new StringBuilder();
        while (!q.isEmpty()) {
            sb.append(q.poll()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>(4);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 7; i++) {
                if ((i + round) % 3 == 0) {
                    dq.offerFirst(round * 10 + i);
                } else {
                    dq.offerLast(round * 10 + i);
                }
            }
            for (int i = 0; i < 4; i++) {
                if (i % 2 == 0) {
                    dq.pollFirst();
                } else {
                    dq.pollLast();
                }
            }
            System.out.println("round " + round + " " + dq + " size " + dq.size() + " first " + dq.peekFirst() + " last " + dq.peekLast());
        }
        StringBuilder desc = new StringBuilder();
        for (Iterator<Integer> it = dq.descendingIterator(); it.hasNext();) {
            int v = it.next();
            desc.append(v).append(' ');
            if (v % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("descending " + desc + "-> " + dq);
        System.out.println("removeFirstOccurrence " + dq.removeFirstOccurrence(11) + " removeLastOccurrence " + dq.removeLastOccurrence(99)
                + " contains " + dq.contains(43) + " " + dq);
        System.out.println("push/pop " + dq.pop() + " " + dq.pop());
        dq.push(-1);
        System.out.println("peek " + dq.peek() + " element " + dq.element() + " remove " + dq.remove() + " " + dq);
        attempt("offer null", () -> dq.offer(null));
        attempt("push null", () -> dq.push(null));
        ArrayDeque<String> empty = new ArrayDeque<>();
        System.out.println("empty poll " + empty.poll() + " peekLast " + empty.peekLast() + " pollLast " + empty.pollLast());
        attempt("empty pop", empty::pop);
        attempt("empty removeLast", empty::removeLast);
        attempt("empty element", empty::element);
        attempt("empty getFirst", empty::getFirst);
        ArrayDeque<Integer> growth = new ArrayDeque<>();
        long check = 0;
        for (int i = 0; i < 10000; i++) {
            growth.addLast(i);
            if (i % 3 == 0) {
                growth.addFirst(-i);
            }
            if (i % 5 == 0) {
                check += growth.pollFirst();
            }
        }
        System.out.println("growth size " + growth.size() + " check " + check + " first " + growth.peekFirst() + " last " + growth.peekLast());
        growth.removeIf(v -> v < 9990);
        System.out.println("growth removeIf " + growth + " toArray " + growth.toArray().length);

        PriorityQueue<Integer> natural = new PriorityQueue<>(List.of(5, 3, 9, 3, 1, 7, 5, 0, -2));
        System.out.println("natural peek " + natural.peek() + " size " + natural.size() + " drain " + drain(natural));
        PriorityQueue<Integer> reversed = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < 20; i++) {
            reversed.add(i * 37 % 11);
        }
        reversed.remove(10);
        reversed.remove(Integer.valueOf(3));
        System.out.println("reversed contains(5) " + reversed.contains(5) + " drain " + drain(reversed));
        // Ties in priority: poll order among equal priorities is unspecified, so the comparator breaks ties on seq.
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::seq));
        String[] names = {"build", "test", "lint", "deploy", "docs", "bench", "fmt", "audit"};
        for (int i = 0; i < names.length; i++) {
            tasks.add(new Task(names[i], i % 3, i));
        }
        StringBuilder order = new StringBuilder();
        while (!tasks.isEmpty()) {
            Task t = tasks.poll();
            order.append(t.name()).append('/').append(t.priority()).append(' ');
        }
        System.out.println("tasks " + order);
        PriorityQueue<String> byLength = new PriorityQueue<>(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        byLength.addAll(List.of("pear", "fig", "apple", "kiwi", "date", "plum", "banana", "yam"));
        System.out.println("byLength " + drain(byLength));
        PriorityQueue<int[]> pairs = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        for (int i = 0; i < 12; i++) {
            pairs.add(new int[] {i % 4, i});
        }
        StringBuilder ps = new StringBuilder();
        while (!pairs.isEmpty()) {
            int[] p = pairs.poll();
            ps.append(p[0]).append(':').append(p[1]).append(' ');
        }
        System.out.println("pairs " + ps);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        attempt("pq add null", () -> pq.add(null));
        System.out.println("pq empty poll " + pq.poll() + " peek " + pq.peek());
        attempt("pq element on empty", pq::element);
        PriorityQueue<Object> mixed = new PriorityQueue<>();
        mixed.add("a");
        attempt("pq add Integer to String queue", () -> mixed.add(1));
        PriorityQueue<Integer> big = new PriorityQueue<>();
        long state = 12345;
        for (int i = 0; i < 5000; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            big.add((int) (state >>> 40) % 1000);
            if (i % 4 == 3) {
                big.poll();
            }
        }
        int prev = Integer.MIN_VALUE;
        boolean sorted = true;
        long sum = 0;
        int n = 0;
        while (!big.isEmpty()) {
            int v = big.poll();
            sorted &= v >= prev;
            prev = v;
            sum += v;
            n++;
        }
        System.out.println("big n " + n + " sum " + sum + " sorted " + sorted + " last " + prev);
    }
}
