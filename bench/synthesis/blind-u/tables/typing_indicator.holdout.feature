Feature: Who is typing
  The chat names everyone who is typing when there are up to three of them. With four or more
  it names the first two and counts the rest as others.

  Scenario Outline: the typing line
    Given the people typing, in order, are "<names>"
    When the typing line is shown
    Then the line reads "<line>"

    Examples:
      | names                        | line                             |
      | Ben                          | Ben is typing                    |
      | Tia, Ned                     | Tia and Ned are typing           |
      | Lou, Raj, Kit                | Lou, Raj and Kit are typing      |
      | Kit, Lou, Raj, Tia, Ned, Ava | Kit, Lou and 4 others are typing |
      | Ava, Ben, Max, Ola           | Ava, Ben and 2 others are typing |
