Feature: Glue curing
  Epoxy cures in 6 hours, wood glue in 45 minutes and tile adhesive in a full day.

  Scenario Outline: when the joint is ready
    Given "<glue>" was applied at "<applied>"
    When the curing time is added
    Then the joint is ready at "<ready>"
    And that is the "<day>"

    Examples:
      | glue          | applied | ready | day      |
      | epoxy         | 12:10   | 18:10 | same day |
      | epoxy         | 20:05   | 02:05 | next day |
      | wood glue     | 13:50   | 14:35 | same day |
      | wood glue     | 23:40   | 00:25 | next day |
      | tile adhesive | 16:30   | 16:30 | next day |
      | epoxy         | 00:00   | 06:00 | same day |
