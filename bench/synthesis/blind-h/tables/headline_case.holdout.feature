Feature: Front page headlines
  Every word starts with a capital letter and the rest of the word is lower
  case, except the small words a, an, the, and, of, in, on and to, which stay
  lower case unless they are the first word.

  Scenario Outline: setting a headline
    Given the headline "<typed>"
    When it is set for the front page
    Then it reads "<set>"

    Examples:
      | typed                       | set                         |
      | an ode to the sea           | An Ode to the Sea           |
      | LOCAL TEAM WINS CUP         | Local Team Wins Cup         |
      | snow in april               | Snow in April               |
      | the rise and fall of a king | The Rise and Fall of a King |
      | school to open on monday    | School to Open on Monday    |
