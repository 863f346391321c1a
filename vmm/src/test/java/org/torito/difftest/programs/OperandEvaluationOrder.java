package org.torito.difftest.programs;

/** Left-to-right evaluation of operands and arguments (JLS 15.7) when each operand is a call with a side effect: binary operators of every kind, static and instance calls, library calls, constructors, array initialisers and indices, nested calls. */
public class OperandEvaluationOrder {
    static final StringBuilder ORDER = new StringBuilder();

    static int a() {
        ORDER.append('a');
        return 12;
    }

    static int b() {
        ORDER.append('b');
        return 5;
    }

    static int c() {
        ORDER.append('c');
        return 3;
    }

    static long la() {
        ORDER.append('A');
        return 1L << 40;
    }

    static long lb() {
        ORDER.append('B');
        return 7L;
    }

    static double da() {
        ORDER.append('x');
        return 2.5;
    }

    static double db() {
        ORDER.append('y');
        return 0.5;
    }

    static int pair(int x, int y) {
        return x * 100 + y;
    }

    static int triple(int x, int y, int z) {
        return x * 10000 + y * 100 + z;
    }

    int instancePair(int x, int y) {
        return x - y;
    }

    record P(int x, int y, int z) {
    }

    static void show(String label, Object result) {
        System.out.println(label + ": " + ORDER + " = " + result);
        ORDER.setLength(0);
    }

    public static void main(String[] args) {
        show("a + b", a() + b());
        show("a - b", a() - b());
        show("a * b", a() * b());
        show("a / b", a() / b());
        show("a % b", a() % b());
        show("a / 4", a() / 4);
        show("a & b", a() & b());
        show("a | b", a() | b());
        show("a ^ b", a() ^ b());
        show("a << c", a() << c());
        show("a >> c", a() >> c());
        show("a >>> c", a() >>> c());
        show("a < b", a() < b());
        show("a == b", a() == b());
        show("a + b * c", a() + b() * c());
        show("(a + b) * c", (a() + b()) * c());
        show("a - b - c", a() - b() - c());
        show("a / b / c", a() / b() / c());
        show("a % (b - c)", a() % (b() - c()));
        show("la + lb", la() + lb());
        show("la / lb", la() / lb());
        show("la % lb", la() % lb());
        show("la * lb - la", la() * lb() - la());
        show("da / db", da() / db());
        show("da % db", da() % db());
        show("da - db", da() - db());
        show("pair(a, b)", pair(a(), b()));
        show("triple(a, b, c)", triple(a(), b(), c()));
        show("pair(a, pair(b, c))", pair(a(), pair(b(), c())));
        show("pair(pair(a, b), c)", pair(pair(a(), b()), c()));
        show("Math.max(a, b)", Math.max(a(), b()));
        show("Math.min(a, b) + Math.max(b, c)", Math.min(a(), b()) + Math.max(b(), c()));
        show("Integer.compare(a, b)", Integer.compare(a(), b()));
        show("Math.floorMod(a, b)", Math.floorMod(a(), b()));
        show("Math.pow(da, db)", Math.pow(da(), db()));
        show("new P(a, b, c)", new P(a(), b(), c()));
        show("instance pair", new OperandEvaluationOrder().instancePair(a(), b()));
        int[] arr = {a(), b(), c()};
        show("array initialiser", arr[0] + "," + arr[1] + "," + arr[2]);
        int[][] grid = new int[20][20];
        grid[c()][b()] = a();
        show("grid[c][b] = a", grid[3][5]);
        grid[a()][b()] += c();
        show("grid[a][b] += c", grid[12][5]);
        show("grid[b][c] + grid[c][b]", grid[b()][c()] + grid[c()][b()]);
        show("concat", "" + a() + b() + c());
        show("a > b ? a - b : c", a() > b() ? a() - b() : c());
        show("a / b + c / b", a() / b() + c() / b());
        show("a % b * (c % b)", a() % b() * (c() % b()));
        show("pair(a / b, c % b)", pair(a() / b(), c() % b()));
        show("(long) a / lb", (long) a() / lb());
        show("Math.abs(a - b) / c", Math.abs(a() - b()) / c());
        int x = a();
        x /= b();
        show("x = a; x /= b", x);
        x = 1;
        x += a() / b() - c();
        show("x += a / b - c", x);
        show("a / b == c / b", a() / b() == c() / b());
        show("a() / b() > 0 && c() % b() > 0", a() / b() > 0 && c() % b() > 0);
    }
}
