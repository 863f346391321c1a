package org.torito.difftest.programs;

/** Switches whose cases are record patterns (flat and nested) with guards that fail, so matching resumes at a later case; each result is flushed as it is printed, to show where a run stops. */
public class RecordPatternGuards {
    record Point(int x, int y) {
    }

    record Line(Point from, Point to) {
    }

    static String flat(Point p) {
        return switch (p) {
            case Point(var x, var y) when x == y -> "diagonal " + x;
            case Point(var x, var y) when x == 0 -> "on y axis " + y;
            case Point(var x, var y) -> "point " + x + "," + y;
        };
    }

    static String typeThenRecord(Object o) {
        return switch (o) {
            case Point p when p.x() > 5 -> "far " + p.x();
            case Point(var x, var y) when y > 5 -> "high " + y;
            case Point p -> "near " + p;
            default -> "other";
        };
    }

    static String nestedNoGuard(Line l) {
        return switch (l) {
            case Line(Point(var x1, var y1), Point(var x2, var y2)) -> "line " + (x2 - x1) + "," + (y2 - y1);
        };
    }

    static String nested(Line l) {
        return switch (l) {
            case Line(Point(var x1, var y1), Point(var x2, var y2)) when x1 == x2 && y1 == y2 -> "point";
            case Line(Point(var x1, var y1), Point(var x2, var y2)) when x1 == x2 -> "vertical " + Math.abs(y2 - y1);
            case Line(Point(var x1, var y1), Point(var x2, var y2)) when y1 == y2 -> "horizontal " + Math.abs(x2 - x1);
            case Line(Point p, Point q) -> "slope " + (q.y() - p.y()) + "/" + (q.x() - p.x());
        };
    }

    // the smallest shape: the guard of a nested pattern fails and the match falls to the next case
    static String twoCases(Line l) {
        return switch (l) {
            case Line(Point(var x1, var y1), Point(var x2, var y2)) when x1 == x2 -> "vertical";
            case Line(Point p, Point q) -> "other";
        };
    }

    static void show(String s) {
        System.out.println(s);
        System.out.flush();
    }

    public static void main(String[] args) {
        Point[] points = {new Point(3, 3), new Point(0, 7), new Point(4, 1), new Point(9, 9)};
        for (Point p : points) {
            show("flat " + p + " " + flat(p));
        }
        for (Point p : points) {
            show("typeThenRecord " + p + " " + typeThenRecord(p));
        }
        Line[] lines = {new Line(new Point(1, 1), new Point(1, 1)), new Line(new Point(1, 2), new Point(1, 9)),
            new Line(new Point(-3, 2), new Point(5, 2)), new Line(new Point(0, 0), new Point(2, 6))};
        for (Line l : lines) {
            show("nestedNoGuard " + l + " " + nestedNoGuard(l));
        }
        // the inputs whose every guard fails come last: on TeaVM they do not return
        for (int i = 0; i < 3; i++) {
            show("nested " + lines[i] + " " + nested(lines[i]));
        }
        show("twoCases " + lines[1] + " " + twoCases(lines[1]));
        show("twoCases " + lines[3] + " " + twoCases(lines[3]));
        show("nested " + lines[3] + " " + nested(lines[3]));
    }
}
