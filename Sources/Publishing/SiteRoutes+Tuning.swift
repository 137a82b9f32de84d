import Foundation
import Lessons

extension SiteRoutes {
  /// `POST /_rlbook/tune`: checks that the request comes from one of this
  /// server's pages (its `Host`, `Origin` and the page's token) before any
  /// training, then hands it to the tuner, one training per exercise at a time.
  func tune(_ request: SiteServer.Request) async -> SiteServer.Response {
    guard let tuner else { return .text(404, "this server does not retrain tunings\n") }
    guard request.method == "POST" else {
      return .text(405, "a tuning is sent with POST\n", headers: [("Allow", "POST")])
    }
    if let refusal = RequestOrigin.refusal(of: request) {
      return .text(403, refusal + "\n")
    }
    let type = request.headers["content-type"]?.split(separator: ";").first
      .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard type == "application/x-www-form-urlencoded" else {
      return .text(415, "a tuning is sent as a URL-encoded form\n")
    }
    guard let tuning = TuningRequest(form: request.body) else {
      return .text(400, "a tuning needs the fields page, exercise, settings and token\n")
    }
    guard await tokens.isValid(tuning.token, forPage: tuning.page) else {
      return .text(403, "the page's token is not one this server issued: reload the page\n")
    }
    guard let lesson = await store.lesson(onPage: tuning.page) else {
      return .text(404, "no lesson is on the page \(tuning.page)\n")
    }
    let slot = tuning.page + "#" + tuning.exercise
    guard await slots.take(slot) else {
      return .text(
        429, "this exercise is training already: wait for its verdict, then try again\n",
        headers: [("Retry-After", "2")])
    }
    let response = await tuner(tuning, lesson)
    await slots.release(slot)
    return response
  }
}
