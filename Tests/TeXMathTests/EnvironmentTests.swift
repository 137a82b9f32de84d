import Foundation
import TeXMath
import Testing

/// TeX environments and the commands real notes use, in the terminal (one
/// line, and laid out in rows) and in MathML.
@Suite struct EnvironmentTests {
  @Test(arguments: [
    ("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}", "a = b\n= c"),
    ("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", "{1  x > 0; 0  otherwise"),
    ("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "(a  b; c  d)"),
    ("\\begin{bmatrix} 1 & 0 \\end{bmatrix}", "[1  0]"),
    ("\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}", "|a  b; c  d|"),
    ("\\begin{matrix} a & b \\end{matrix}", "a  b"),
    ("\\begin{array}{lr} a & b \\\\ c & d \\end{array}", "a  b; c  d"),
    ("\\begin{gathered} x = 1 \\\\ y = 2 \\end{gathered}", "x = 1\ny = 2"),
    ("\\begin{split} a &= b \\end{split}", "a = b"),
    ("x = 1 \\tag{2}", "x = 1    (2)"),
    ("\\underbrace{a + b}_{\\text{sum}}", "a + b_{sum}"),
    ("\\overbrace{a}^{n}", "aⁿ"),
    ("\\underset{a}{\\arg\\max}", "argmaxₐ"),
    ("x \\xrightarrow{f} y", "x →ᶠ y"),
    ("\\sum_{\\substack{i \\\\ j}} x", "Σ_{i; j} x"),
    ("\\operatorname{softmax}(z)", "softmax(z)"),
    ("\\boldsymbol{\\theta}^\\top \\mathbf{x}", "θ^⊤x"),
    ("{\\color{red} x} + \\textcolor{blue}{y}", "x + y"),
    ("\\left\\langle a \\middle| b \\right\\rangle", "⟨a | b⟩"),
    ("a \\doteq b \\triangleq c \\propto d", "a ≐ b ≜ c ∝ d"),
    ("\\nabla_\\theta J, \\partial x, A^\\top, a \\mid b", "∇_θJ, ∂x, A^⊤, a ∣ b"),
    ("\\mathcal{S}", "𝒮"),
  ])
  func oneLine(_ tex: String, _ expected: String) {
    #expect(UnicodeMath.render(tex) == expected)
  }

  @Test func derivationRowsLineUpAtTheirAmpersands() {
    let tex =
      "\\begin{aligned} V(s) &= \\max_a Q(s,a) \\\\ &= \\max_a [r + \\gamma V(s')] \\tag{1} \\end{aligned}"
    #expect(
      MathLayout.lines(tex, width: 80) == [
        "V(s) = maxₐ Q(s,a)",
        "     = maxₐ[r + γV(s′)]   (1)",
      ])
  }

  /// Scripts Unicode has no small letters for go below and above their base,
  /// not `_{a′}`; a big operator's and `max`'s limits are centred under it.
  @Test func scriptsWithoutSmallLettersStandBelowTheirBase() {
    #expect(
      MathLayout.lines("Q(s, a) + \\gamma \\max_{a\'} Q(s\', a\')", width: 80) == [
        "Q(s, a) + γ max Q(s′, a′)",
        "            a′",
      ])
    #expect(
      MathLayout.lines("q_*(s, a) = \\sum_{s\', r} p(s\', r)", width: 80) == [
        "q (s, a) =   Σ   p(s′, r)",
        " ∗         s′, r",
      ])
    #expect(MathLayout.lines("\\nabla_\\theta \\log \\pi", width: 80)?.last == " θ")
    // Scripts Unicode has (γᵗ, rₜ) stay on the line: nothing to stack.
    #expect(MathLayout.lines("\\gamma^t r_t", width: 80) == nil)
  }

  @Test func casesStandBehindATallBrace() {
    let tex = "f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x = 0 \\\\ -1 & x < 0 \\end{cases}"
    #expect(
      MathLayout.lines(tex, width: 80) == [
        "       ⎧ 1   x > 0",
        "f(x) = ⎨ 0   x = 0",
        "       ⎩ −1  x < 0",
      ])
  }

  @Test func matricesStandInTallBrackets() {
    #expect(
      MathLayout.lines("\\begin{bmatrix} 0.9 & 0.1 \\\\ 0.5 & 0.5 \\end{bmatrix}", width: 80) == [
        "⎡ 0.9  0.1 ⎤",
        "⎣ 0.5  0.5 ⎦",
      ])
    #expect(
      MathLayout.lines("\\begin{pmatrix} a \\\\ b \\\\ c \\end{pmatrix}", width: 80) == [
        "⎛ a ⎞", "⎜ b ⎟", "⎝ c ⎠",
      ])
  }

  @Test func aDisplayFractionStandsOverARule() {
    #expect(
      MathLayout.lines("G = \\frac{1}{1 - \\gamma}", width: 80) == [
        "       1", "G = ───────", "     1 − γ",
      ])
    // Too narrow: the caller writes one line instead.
    #expect(MathLayout.lines("G = \\frac{1}{1 - \\gamma}", width: 6) == nil)
    // Nothing to stack: one line says it.
    #expect(MathLayout.lines("x + y", width: 80) == nil)
  }

  @Test func aBraceLabelsWhatItSpans() {
    #expect(
      MathLayout.lines("G = \\underbrace{r_0 + \\gamma r_1}_{\\text{two}} + \\dots", width: 80) == [
        "G = r₀ + γr₁ + …",
        "    ╰───┬──╯",
        "      two",
      ])
  }

  @Test(arguments: [
    (
      "\\begin{pmatrix} a & b \\end{pmatrix}",
      "<math><mrow><mo>(</mo><mtable columnalign=\"center center\"><mtr><mtd class=\"center\"><mi>a</mi></mtd><mtd class=\"center\"><mi>b</mi></mtd></mtr></mtable><mo>)</mo></mrow></math>"
    ),
    (
      "\\begin{aligned} a &= b \\tag{1} \\end{aligned}",
      "<math><mtable columnalign=\"right left right\"><mtr><mtd class=\"right pair-left\"><mi>a</mi></mtd><mtd class=\"left pair-right\"><mrow><mo>=</mo><mi>b</mi></mrow></mtd><mtd class=\"right tag\"><mtext>(1)</mtext></mtd></mtr></mtable></math>"
    ),
    (
      "\\begin{cases} 1 & x \\end{cases}",
      "<math><mrow><mo>{</mo><mtable columnalign=\"left left\"><mtr><mtd class=\"left\"><mn>1</mn></mtd><mtd class=\"left\"><mi>x</mi></mtd></mtr></mtable></mrow></math>"
    ),
    (
      "\\underbrace{a}_{b}",
      "<math><munder><munder><mi>a</mi><mo stretchy=\"true\">⏟</mo></munder><mi>b</mi></munder></math>"
    ),
    (
      "\\overset{?}{=}",
      "<math><mover><mo>=</mo><mo>?</mo></mover></math>"
    ),
    (
      "\\xrightarrow[u]{o}",
      "<math><munderover><mo stretchy=\"true\">→</mo><mi>u</mi><mi>o</mi></munderover></math>"
    ),
    (
      "x \\tag{3.1}",
      "<math><mrow><mi>x</mi><mspace width=\"2em\"></mspace><mtext>(3.1)</mtext></mrow></math>"
    ),
  ])
  func mathML(_ tex: String, _ expected: String) {
    #expect(MathML.render(tex, isDisplay: false) == expected)
  }

  @Test(arguments: [
    ("\\begin{bmatrix} a \\end{bmatrix}", "<mo>[</mo><mtable"),
    ("\\begin{vmatrix} a \\end{vmatrix}", "<mo>|</mo><mtable"),
    ("\\begin{array}{lr} a & b \\end{array}", "<mtable columnalign=\"left right\">"),
    ("\\begin{gathered} a \\\\ b \\end{gathered}", "</mtr><mtr>"),
    ("\\sum_{\\substack{i \\\\ j}}", "<msub><mo>Σ</mo><mtable"),
    ("\\operatorname{softmax}", "<mi mathvariant=\"normal\">softmax</mi>"),
    ("\\boldsymbol{\\theta}", "<mi>θ</mi>"),
    ("\\color{red} x", "<mi>x</mi>"),
    ("\\mathcal{S}", "<mi>𝒮</mi>"),
    ("a \\doteq b", "<mo>≐</mo>"),
    (
      "\\overbrace{a}^{n}",
      "<mover><mover><mi>a</mi><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"
    ),
    ("\\stackrel{?}{=}", "<mover><mo>=</mo><mo>?</mo></mover>"),
    ("\\underset{a}{\\max}", "<munder><mi mathvariant=\"normal\">max</mi><mi>a</mi></munder>"),
  ])
  func mathMLHas(_ tex: String, _ fragment: String) {
    let rendered = MathML.render(tex, isDisplay: false)
    #expect(rendered.contains(fragment), "\(rendered)")
    #expect(!rendered.contains("\\"), "no TeX is left over: \(rendered)")
  }

  @Test func aBracketBesideATableKeepsItsSize() {
    #expect(
      MathML.render("f(x) = \\begin{cases} 1 \\end{cases}", isDisplay: false).contains(
        "<mo stretchy=\"false\">(</mo>"))
    #expect(
      MathML.render("\\text{if }", isDisplay: false) == "<math><mtext>if\u{00A0}</mtext></math>")
  }

  @Test func unknownCommandsAreListedOnce() {
    #expect(
      TeXParser.unknownCommands(in: "\\foo x \\foo \\begin{tikzcd} a \\end{tikzcd} \\gamma")
        == ["\\foo", "\\begin{tikzcd}"])
    #expect(
      TeXParser.unknownCommands(in: "\\begin{aligned} a &= b \\end{aligned} \\tag{1}").isEmpty)
  }

  /// A Bellman optimality derivation, as a book writes it, at 80 and 120 columns.
  @Test(arguments: [80, 120])
  func aBellmanDerivation(width: Int) throws {
    let tex = """
      \\begin{aligned}
      v_*(s) &= \\max_{a} q_{\\pi_*}(s, a) \\\\
        &= \\max_{a} \\mathbb{E}_{\\pi_*}\\left[ G_t \\mid S_t = s, A_t = a \\right] \\\\
        &= \\max_{a} \\mathbb{E}\\left[ R_{t+1} + \\gamma v_*(S_{t+1}) \\mid S_t = s, A_t = a \\right] \\tag{3.18} \\\\
        &= \\max_{a} \\sum_{s', r} p(s', r \\mid s, a) \\left[ r + \\gamma v_*(s') \\right] \\tag{3.19}
      \\end{aligned}
      """
    let laidOut = MathLayout.lines(tex, width: width - 4)
    let shown = (laidOut ?? [UnicodeMath.render(tex)]).joined(separator: "\n") + "\n"
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/bellman-\(width).txt")
    if ProcessInfo.processInfo.environment["RLBOOK_UPDATE_SNAPSHOTS"] == "1" {
      try shown.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(shown == (try String(contentsOf: file, encoding: .utf8)))
  }
}
