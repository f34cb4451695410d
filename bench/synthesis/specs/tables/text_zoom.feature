Feature: Larger text for readers who zoom in
  Body text is 16 pixels high at 100% zoom and grows in proportion to the zoom level, rounded to the nearest whole pixel.

  Scenario Outline: text height at a zoom level
    Given the reader sets the zoom to <zoom> percent
    When the article is drawn
    Then the body text is <pixels> pixels high

    Examples:
      | zoom | pixels |
      | 100  | 16     |
      | 200  | 32     |
      | 150  | 24     |
      | 125  | 20     |
      | 50   | 8      |
      | 110  | 18     |
      | 90   | 14     |
