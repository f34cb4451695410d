Feature: Blog addresses

  Scenario Outline: the web address made from an article title
    Given the article title "<title>"
    When the web address is made
    Then the slug is "<slug>"

    Examples:
      | title                      | slug                      |
      | Hello, World               | hello-world               |
      | Ten Tips: Winter Gardening | ten-tips-winter-gardening |
      | Don't Panic!               | dont-panic                |
      | Salt & Pepper              | salt-pepper               |
      | Top 10 Apps of 2026        | top-10-apps-of-2026       |
      | Q&A - Part 2               | qa-part-2                 |
      | Step-by-step Guide         | step-by-step-guide        |
      | Why? Because.              | why-because               |
