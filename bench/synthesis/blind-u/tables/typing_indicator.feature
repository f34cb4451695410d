Feature: Who is typing
  The chat names everyone who is typing when there are up to three of them. With four or more
  it names the first two and counts the rest as others.

  Scenario Outline: the typing line
    Given the people typing, in order, are "<names>"
    When the typing line is shown
    Then the line reads "<line>"

    Examples:
      | names                                                  | line                              |
      | Ann                                                    | Ann is typing                     |
      | Ann, Bo                                                | Ann and Bo are typing             |
      | Cy, Ann, Bo                                            | Cy, Ann and Bo are typing         |
      | Di, Ed, Flo, Gus                                       | Di, Ed and 2 others are typing    |
      | Ann, Bo, Cy, Di, Ed                                    | Ann, Bo and 3 others are typing   |
      | Zoe                                                    | Zoe is typing                     |
      | Max, Ola                                               | Max and Ola are typing            |
      | Pat, Kim, Jay                                          | Pat, Kim and Jay are typing       |
      | Ola, Pat, Kim, Jay, Ann, Bo, Cy, Di, Ed, Flo, Gus, Max | Ola, Pat and 10 others are typing |
