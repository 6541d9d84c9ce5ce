"""How the check scripts end: the problems they found, or what was checked, and the exit status."""

# Problems printed one by one; the rest are only counted.
LISTED_PROBLEMS = 50


def report(problems, checked):
    """Prints the first problems and their count, or `checked` when there are none; returns the exit status."""
    for problem in problems[:LISTED_PROBLEMS]:
        print("problem:", problem)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(checked)
    return 0
