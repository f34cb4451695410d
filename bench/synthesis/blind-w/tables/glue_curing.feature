Feature: Glue curing
  Epoxy cures in 6 hours, wood glue in 45 minutes and tile adhesive in a full day.

  Scenario Outline: when the joint is ready
    Given "<glue>" was applied at "<applied>"
    When the curing time is added
    Then the joint is ready at "<ready>"
    And that is the "<day>"

    Examples:
      | glue          | applied | ready | day      |
      | epoxy         | 09:00   | 15:00 | same day |
      | epoxy         | 17:59   | 23:59 | same day |
      | epoxy         | 18:00   | 00:00 | next day |
      | epoxy         | 22:30   | 04:30 | next day |
      | wood glue     | 23:15   | 00:00 | next day |
      | wood glue     | 23:14   | 23:59 | same day |
      | wood glue     | 08:20   | 09:05 | same day |
      | tile adhesive | 07:45   | 07:45 | next day |
      | tile adhesive | 00:00   | 00:00 | next day |
