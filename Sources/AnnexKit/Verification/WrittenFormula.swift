/// A formula the text writes out: arithmetic expressions of numbers, '+', '−', '×', '·', '/', ':' and brackets,
/// joined by '=' or '≈' ('(24 × 6,5 + 30 × 7,1) / 54 = 369 / 54 ≈ 6,83'). Each side after the first claims the
/// value of the side before it. A run of such tokens is a formula only when it has at least two sides, each an
/// expression read to its end, and at least one operator: 'n = 594' and a table's 'groep 2 = 45%' are none.
/// A percentage (or percentage points) in a formula is its number over 100, so '(4,5 / 63,4) × 100%' is a fraction.
struct WrittenFormula {
    /// An arithmetic expression: a number (its token) or an operation on two expressions.
    indirect enum Expression {
        case number(Int)
        case operation(Operation, Expression, Expression)
        /// An expression in brackets, as written.
        case bracketed(Expression)
    }

    enum Operation { case plus, minus, times, divided }

    /// The token ranges of its sides, in order.
    let sides: [Range<Int>]
    /// The expression of each side.
    let expressions: [Expression]

    /// The formula the tokens of `run` write, when they write one: signs at either end ('Uitwerking: (…') and
    /// brackets left open there dropped.
    init?(_ tokens: [Token], run: Range<Int>) {
        var run = run
        while let first = run.first, Self.isSign(tokens[first]) { run = run.dropFirst() }
        while let last = run.last, Self.isSign(tokens[last]) { run = run.dropLast() }
        while let last = run.last, tokens[last].isMark(")"), Self.balance(tokens, run) < 0 { run = run.dropLast() }
        while let first = run.first, tokens[first].isMark("("), Self.balance(tokens, run) > 0 { run = run.dropFirst() }
        var sides: [Range<Int>] = []
        var start = run.lowerBound
        for index in run where Self.relations.contains(tokens[index].text) && tokens[index].kind == .mark {
            sides.append(start..<index)
            start = index + 1
        }
        sides.append(start..<run.upperBound)
        guard sides.count > 1, run.contains(where: { Self.operation(tokens[$0]) != nil }) else { return nil }
        var expressions: [Expression] = []
        for side in sides {
            var reader = Reader(tokens: tokens, position: side.lowerBound, end: side.upperBound)
            guard let expression = reader.sum(), reader.position == side.upperBound else { return nil }
            expressions.append(expression)
        }
        (self.sides, self.expressions) = (sides, expressions)
    }

    /// The formulas of a sentence's tokens: each maximal run of numbers, signs and brackets that writes one.
    static func formulas(in tokens: [Token]) -> [WrittenFormula] {
        var formulas: [WrittenFormula] = []
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, isPart(tokens[end]), !isGluedColon(end, in: tokens) { end += 1 }
            if end > start, let formula = WrittenFormula(tokens, run: start..<end) { formulas.append(formula) }
            start = end + 1
        }
        return formulas
    }

    /// Whether the token at `index` is a colon glued to the token before or after it: the end of a label ('Vraag 3:
    /// 4 + 5 = 9') or of a time, no division sign, which stands apart ('1.000 : 7').
    private static func isGluedColon(_ index: Int, in tokens: [Token]) -> Bool {
        guard tokens[index].isMark(":") else { return false }
        return index > 0 && tokens[index - 1].end == tokens[index].start
            || index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end
    }

    /// '(' less ')' in `run`.
    private static func balance(_ tokens: [Token], _ run: Range<Int>) -> Int {
        run.reduce(0) { $0 + (tokens[$1].isMark("(") ? 1 : tokens[$1].isMark(")") ? -1 : 0) }
    }

    /// Whether a token may be part of a formula: a number as written (no hedge, no range, no currency) or a term,
    /// an operator, a bracket or a relation.
    private static func isPart(_ token: Token) -> Bool {
        if token.kind == .term { return true }
        if let number = term(token) {
            return number.hedge == nil && number.rangeLower == nil && number.currency.isEmpty
        }
        return isSign(token) || token.isMark("(") || token.isMark(")")
    }

    /// Whether a token is an operator or a relation, which neither starts nor ends a formula.
    private static func isSign(_ token: Token) -> Bool {
        operation(token) != nil || token.kind == .mark && relations.contains(token.text)
    }

    /// The number a token writes in a formula: a term's, or a number's before it is made one.
    static func term(_ token: Token) -> WrittenNumber? {
        token.kind == .term ? token.term : token.kind == .number ? token.number : nil
    }

    /// The operation a sign stands for; 'x' between two numbers is a times sign.
    static func operation(_ token: Token) -> Operation? {
        if token.isWord("x") { return .times }
        guard token.kind == .mark else { return nil }
        return signs[token.text]
    }

    private static let signs: [String: Operation] = [
        "+": .plus, "−": .minus, "-": .minus, "–": .minus, "×": .times, "·": .times, "*": .times, "/": .divided,
        ":": .divided,
    ]

    /// The signs that join a formula's sides: equal and about equal.
    private static let relations: Set<String> = ["=", "≈"]

    /// Reads an expression from tokens by the usual precedence: products and quotients before sums.
    private struct Reader {
        let tokens: [Token]
        var position: Int
        let end: Int

        mutating func sum() -> Expression? { chain(of: [.plus, .minus]) { $0.product() } }

        mutating func product() -> Expression? { chain(of: [.times, .divided]) { $0.factor() } }

        /// Operands joined by signs of `operations`, read from left to right.
        private mutating func chain(
            of operations: Set<Operation>, _ operand: (inout Reader) -> Expression?
        ) -> Expression? {
            guard var left = operand(&self) else { return nil }
            while position < end, let sign = WrittenFormula.operation(tokens[position]), operations.contains(sign) {
                position += 1
                guard let right = operand(&self) else { return nil }
                left = .operation(sign, left, right)
            }
            return left
        }

        mutating func factor() -> Expression? {
            guard position < end else { return nil }
            if WrittenFormula.term(tokens[position]) != nil {
                position += 1
                return .number(position - 1)
            }
            guard tokens[position].isMark("(") else { return nil }
            position += 1
            guard let inner = sum(), position < end, tokens[position].isMark(")") else { return nil }
            position += 1
            return .bracketed(inner)
        }
    }
}

extension Tokenizer {
    /// The numbers of a formula the text writes out become terms: the formula's reading claims them, no prose
    /// reading takes them as claims or operands.
    static func formulaTerms(_ tokens: inout [Token]) {
        for formula in WrittenFormula.formulas(in: tokens) {
            for index in formula.sides.joined() where tokens[index].kind == .number {
                let token = tokens[index]
                tokens[index] = Token(kind: .term, text: token.text, start: token.start, end: token.end)
                tokens[index].term = token.number
            }
        }
    }
}

extension WrittenFormula {
    /// The exact value of an expression, its numbers as written; nil for a division by zero.
    func value(of expression: Expression, in tokens: [Token]) -> Exact? {
        fold(expression, in: tokens, number: { $0.value * Self.scale(of: $0) }) { operation, left, right in
            switch operation {
            case .plus: left + right
            case .minus: left - right
            case .times: left * right
            case .divided: right.isZero ? nil : left / right
            }
        }
    }

    /// Every value an expression may have when its rounded numbers ('27,6', '7,1%') stand for all that rounds to
    /// them; nil when a product or quotient has a side that may be negative, or a divisor that may be zero.
    func bounds(of expression: Expression, in tokens: [Token]) -> Interval? {
        let number = { (number: WrittenNumber) -> Interval in
            let magnitude = number.value.magnitude
            let bounds = number.isRounded ? Interval.rounding(to: magnitude, step: number.step) : .point(magnitude)
            let scaled = bounds.scaled(by: Self.scale(of: number))
            return number.value < Exact(0) ? scaled.negated : scaled
        }
        return fold(expression, in: tokens, number: number) { operation, left, right in
            switch operation {
            case .plus: left + right
            case .minus: left - right
            case .times: left * right
            case .divided: left / right
            }
        }
    }

    /// Whether an expression holds a percentage (or percentage points).
    func holdsPercentage(_ expression: Expression, in tokens: [Token]) -> Bool {
        fold(expression, in: tokens, number: { $0.unit != .count }) { $1 || $2 } ?? false
    }

    /// An expression worked out: each number by `number`, each operation by `combine`; nil when either gives nil.
    private func fold<Value>(
        _ expression: Expression, in tokens: [Token], number: (WrittenNumber) -> Value?,
        combine: (Operation, Value, Value) -> Value?
    ) -> Value? {
        switch expression {
        case .number(let index): return Self.term(tokens[index]).flatMap(number)
        case .bracketed(let inner): return fold(inner, in: tokens, number: number, combine: combine)
        case .operation(let operation, let left, let right):
            guard let left = fold(left, in: tokens, number: number, combine: combine),
                let right = fold(right, in: tokens, number: number, combine: combine)
            else { return nil }
            return combine(operation, left, right)
        }
    }

    /// The tokens of the numbers of an expression, in order.
    func numbers(of expression: Expression) -> [Int] {
        switch expression {
        case .number(let index): return [index]
        case .bracketed(let inner): return numbers(of: inner)
        case .operation(_, let left, let right): return numbers(of: left) + numbers(of: right)
        }
    }

    /// What the value of an expression is: a sum, a difference, a sum over a count (a mean), another quotient (a
    /// ratio), a quotient in percent (a share: '(12 / 48) × 100%'), another product (a count); a number alone is a
    /// count.
    func kind(of expression: Expression, in tokens: [Token]) -> ClaimKind {
        switch expression {
        case .number: return .count
        case .bracketed(let inner): return kind(of: inner, in: tokens)
        case .operation(.plus, _, _): return .sum
        case .operation(.minus, _, _): return .difference
        case .operation(.divided, let numerator, _):
            return kind(of: numerator, in: tokens) == .sum ? .average : .ratio
        case .operation(.times, let left, let right):
            let percent = [left, right].contains { factor in
                guard case .number(let index) = factor, let number = Self.term(tokens[index]) else { return false }
                return number.value * Self.scale(of: number) == Exact(1) && number.unit != .count
                    || number.value == Exact(Self.percentFactor)
            }
            let quotient = [left, right].contains { kind(of: $0, in: tokens) == .ratio }
            return percent && quotient ? .share : .count
        }
    }

    /// What a number counts for in a formula: a percentage is its number over `percentFactor`.
    static func scale(of number: WrittenNumber) -> Exact {
        number.unit == .count ? Exact(1) : Exact(1, over: percentFactor)
    }

    /// A hundred: what a fraction is multiplied by to be in percent.
    static let percentFactor = 100
}
