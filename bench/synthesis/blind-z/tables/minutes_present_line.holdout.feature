Feature: Who was at the meeting
  The minutes start with a line naming everyone present, in the order they signed in. Each
  person is shown by first name and the initial of their surname with a full stop. The names
  are separated by commas, with "and" before the last one.

  Scenario Outline: writing the present line
    Given the sign-in sheet reads "<signed_in>"
    When the minutes heading is written
    Then the present line is "<line>"

    Examples:
      | signed_in                                                  | line                                                    |
      | Alan Wu                                                    | Present: Alan W.                                        |
      | Fred Long, Gail Mills                                      | Present: Fred L. and Gail M.                            |
      | Zoe Adams-Bell, Rhys Evans                                 | Present: Zoe A. and Rhys E.                             |
      | Hana Sato, Ivan Petrov, Jade Moss                          | Present: Hana S., Ivan P. and Jade M.                   |
      | Martha Quigley, Neil Ross, Olga Stein, Paul Tate           | Present: Martha Q., Neil R., Olga S. and Paul T.        |
      | Ali Khan, Bea Lowe, Cy Marsh, Di Nolan, Ed Oates, Flo Park | Present: Ali K., Bea L., Cy M., Di N., Ed O. and Flo P. |
