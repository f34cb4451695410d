Feature: Veteran oak survey
  We measure round the trunk 1.5 m above the ground, in whole centimetres.
  Under 150 cm an oak counts as young. From 150 it is mature, from 300 notable,
  from 500 veteran and from 700 ancient.

  Scenario Outline: classing an oak by its girth
    Given an oak with a girth of <girth> cm
    When the oak is classed
    Then its status is "<status>"

    Examples:
      | girth | status  |
      | 40    | young   |
      | 149   | young   |
      | 150   | mature  |
      | 299   | mature  |
      | 300   | notable |
      | 499   | notable |
      | 500   | veteran |
      | 700   | ancient |
      | 912   | ancient |
