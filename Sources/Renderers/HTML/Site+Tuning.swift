extension Site {
  /// How a tuning exercise's hidden form starts, which `serve` looks for.
  public static let tuningFormMarker = "<form class=\"tune\""

  /// What `rlbook serve` adds to a page with tuning exercises: it shows their
  /// forms and sends the settings to `endpoint` with the page's `token`, then
  /// shows the verdict (as text) and the retrained demo (HTML the server
  /// rendered from the lesson, as the rest of the page is).
  public static func tuningScript(token: String, endpoint: String) -> String {
    """
    <script>
    // No less-than sign or ampersand in here: the page stays well-formed XML.
    document.querySelectorAll("section.exercise form.tune").forEach(function (form) {
      var section = form.closest("section.exercise"), output = form.querySelector("output");
      var buttons = form.querySelectorAll("button"), shown = section.querySelector("div.retrained");
      form.hidden = false;
      // The page says how to try it elsewhere; here it is tried in the page.
      section.querySelectorAll("p.try-it").forEach(function (note) { note.hidden = true; });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var settings = Array.prototype.filter.call(form.querySelectorAll("input"), function (input) {
          return input.value.trim() !== "";
        }).map(function (input) { return input.name + "=" + input.value.trim(); });
        if (event.submitter) if (event.submitter.name === "impossible") settings = ["impossible"];
        var body = new URLSearchParams();
        body.set("token", "\(token)");
        body.set("page", form.dataset.page);
        body.set("exercise", section.id.replace(/^exercise-/, ""));
        body.set("settings", settings.join(" "));
        output.textContent = "Training with " + (settings.join(" ") || "no settings") + "…";
        output.className = "";
        buttons.forEach(function (button) { button.disabled = true; });
        fetch("\(endpoint)", { method: "POST", body: body }).then(function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (type.indexOf("application/json") === 0) return response.json();
          return response.text().then(function (text) { return { verdict: "invalid", message: text.trim() }; });
        }).then(function (answer) {
          output.textContent = answer.message;
          output.className = answer.verdict === "right" ? "right" : "wrong";
          if (answer.output) { shown.innerHTML = answer.output; shown.hidden = false; }
          if (answer.verdict === "right") section.querySelectorAll("details.explanation").forEach(function (details) { details.open = true; });
        }, function () {
          output.textContent = "The server did not answer: is rlbook serve still running?";
          output.className = "wrong";
        }).finally(function () {
          buttons.forEach(function (button) { button.disabled = false; });
        });
      });
    });
    </script>

    """
  }
}
